package org.moomoo.benchmarks.models;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.moomoo.benchmarks.Machine;
import org.moomoo.jobs.faststart.ScratchDatabase;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.progress.ProgressLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench models}: the time of a full {@code build-models} run (every model built,
 * tested and published) over a generated dataset, with the slowest models. Runs in a
 * {@link ScratchDatabase}.
 */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description = "Time of a full build-models run over a generated dataset (target: < 60 s on 2 cores).")
public final class ModelsBenchmark implements Callable<Integer> {

    @Option(names = "--listens", defaultValue = "1000000", description = "listens (default ${DEFAULT-VALUE})")
    int listens;

    @Option(names = "--files", defaultValue = "50000", description = "library files (default ${DEFAULT-VALUE})")
    int files;

    @Option(
            names = "--mbids",
            defaultValue = "20000",
            description = "annotated MusicBrainz ids (default ${DEFAULT-VALUE})")
    int mbids;

    @Option(names = "--runs", defaultValue = "2", description = "full builds to time (default ${DEFAULT-VALUE})")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        ModelsDataset dataset = new ModelsDataset(listens, files, mbids);
        try (ScratchDatabase scratch = new ScratchDatabase()) {
            long started = System.nanoTime();
            dataset.generate(scratch.bean(JdbcClient.class));
            out.printf(
                    Locale.ROOT,
                    "generated %s listens, %s files, %s MusicBrainz ids (%s artists) in %s%n",
                    ProgressLine.count(listens),
                    ProgressLine.count(files),
                    ProgressLine.count(mbids),
                    ProgressLine.count(dataset.artists()),
                    ProgressLine.duration(Duration.ofNanos(System.nanoTime() - started)));
            out.flush();
            for (int run = 1; run <= runs; run++) {
                Outcome outcome = scratch.jobs().run("build-models", List.of());
                if (outcome.exitCode() != ExitCodes.COMPLETED) {
                    out.println("build-models failed: " + outcome.execution().problem());
                    return ExitCodes.FAILED;
                }
                out.printf(
                        Locale.ROOT,
                        "full build %d: %.1f s%n",
                        run,
                        outcome.execution().duration().toMillis() / 1000.0);
                if (run == runs) {
                    slowest(out, scratch, outcome.execution().executionId());
                }
                out.flush();
            }
            out.printf(
                    Locale.ROOT,
                    "rows: %s%n",
                    scratch.bean(JdbcClient.class)
                            .sql("select coalesce(string_agg(t || ' ' || n, ', ' order by n desc), 'none')"
                                    + " from (select relname as t, n_live_tup as n from pg_stat_user_tables where schemaname = 'analytics'"
                                    + " order by n_live_tup desc limit 6) as s")
                            .query(String.class)
                            .single());
        }
        out.println(Machine.describe());
        return ExitCodes.COMPLETED;
    }

    private static void slowest(PrintWriter out, ScratchDatabase scratch, long executionId) {
        out.println("slowest steps of the last build:");
        scratch.bean(JdbcClient.class)
                .sql("select step_name, extract(epoch from end_time - start_time) as seconds"
                        + " from batch.batch_step_execution where job_execution_id = ? order by seconds desc limit 8")
                .param(executionId)
                .query((rs, n) -> String.format(Locale.ROOT, "  %-44s %6.2f s", rs.getString(1), rs.getDouble(2)))
                .list()
                .forEach(out::println);
    }
}
