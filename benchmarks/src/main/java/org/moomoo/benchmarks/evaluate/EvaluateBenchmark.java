package org.moomoo.benchmarks.evaluate;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.moomoo.benchmarks.Machine;
import org.moomoo.jobs.faststart.ScratchDatabase;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.progress.ProgressLine;
import org.moomoo.testsupport.library.GeneratedHistory;
import org.moomoo.testsupport.library.GeneratedMusicLibrary;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench evaluate}: the wall time of one {@code evaluate} run (as-of build, every
 * collection, "more like this" per holdout session, baselines, stored results) over a generated
 * library and a listener's history in a {@link ScratchDatabase}, with the models' share of it.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Run time of moomoo evaluate over a generated history (target: < 2 min for 200,000 listens"
                + " and 20,000 tracks on 2 cores).")
public final class EvaluateBenchmark implements Callable<Integer> {

    @Option(names = "--listens", defaultValue = "200000", description = "listens (default ${DEFAULT-VALUE})")
    int listens;

    @Option(names = "--tracks", defaultValue = "20000", description = "library files (default ${DEFAULT-VALUE})")
    int tracks;

    @Option(names = "--days", defaultValue = "730", description = "days of history (default ${DEFAULT-VALUE})")
    int days;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // CPU time of the whole JVM: on a busy machine the wall time says little on its own.
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ScratchDatabase scratch = new ScratchDatabase()) {
            long started = System.nanoTime();
            GeneratedHistory history = new GeneratedHistory(
                    new GeneratedMusicLibrary(tracks, Math.max(GeneratedMusicLibrary.GENRES, tracks / 20), 42),
                    "bench",
                    listens,
                    days,
                    Instant.now().minusSeconds(3_600),
                    7);
            history.write(scratch.bean(DataSource.class));
            out.printf(
                    Locale.ROOT,
                    "generated %s listens over %d days and %s files in %s%n",
                    ProgressLine.count(listens),
                    days,
                    ProgressLine.count(tracks),
                    ProgressLine.duration(Duration.ofNanos(System.nanoTime() - started)));
            out.println("load before the run: " + Machine.loadAverage());
            out.flush();
            long cpuBefore = processCpuNanos();
            Outcome outcome = scratch.jobs().run("evaluate", List.of("username=bench"));
            long cpu = processCpuNanos() - cpuBefore;
            if (outcome.exitCode() != ExitCodes.COMPLETED) {
                out.println("evaluate failed: " + outcome.execution().problem());
                return ExitCodes.FAILED;
            }
            out.printf(
                    Locale.ROOT,
                    "evaluate: %.1f s wall (target < 120 s), %.1f s CPU of this JVM (the database's is not counted)%n",
                    outcome.execution().duration().toMillis() / 1000.0,
                    cpu / 1e9);
            scratch.bean(JdbcClient.class)
                    .sql(
                            "SELECT 'models as of the cutoff ' || round((report ->> 'buildSeconds')::numeric, 1) || ' s; holdout '"
                                    + " || (report ->> 'heldOutPlays') || ' plays of ' || (report ->> 'heldOutTracks')"
                                    + " || ' tracks; more-like-this sessions '"
                                    + " || (report -> 'moreLikeThis' -> 0 -> 'score' ->> 'sessions')"
                                    + " FROM raw.moomoo_evaluations WHERE job_execution_id = :execution")
                    .param("execution", outcome.execution().executionId())
                    .query(String.class)
                    .optional()
                    .ifPresent(out::println);
            out.println("load after the run: " + Machine.loadAverage());
        }
        out.println(Machine.describe());
        return ExitCodes.COMPLETED;
    }
}
