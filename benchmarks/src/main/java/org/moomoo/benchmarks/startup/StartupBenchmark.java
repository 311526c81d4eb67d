package org.moomoo.benchmarks.startup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.moomoo.benchmarks.Machine;
import org.moomoo.jobs.faststart.ScratchDatabase;
import org.moomoo.jobs.launcher.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench startup}: how long whole moomoo commands take, each started as a child process
 * the way a user or Airflow starts it, on a {@link ScratchDatabase}. Each command runs once untimed
 * (page cache), then {@code --runs} times; the figures are wall time and the CPU time of the child and
 * everything it waited for (the script's own tools included).
 */
@Command(
        name = "startup",
        mixinStandardHelpOptions = true,
        description = "Wall and CPU time of whole moomoo commands, each run as a child process.")
public final class StartupBenchmark implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "5", description = "timed runs of each command (default ${DEFAULT-VALUE})")
    int runs;

    @Option(
            names = "--script",
            defaultValue = "${env:MOOMOO_SCRIPT:-./moomoo}",
            description = "the moomoo script to time (default ${DEFAULT-VALUE})")
    Path script;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One command line to time; it must exit 0. */
    private record Case(String label, List<String> command) {}

    @Override
    public Integer call() throws IOException, SQLException, InterruptedException {
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        String moomoo = script.toAbsolutePath().normalize().toString();
        Path jar = script.toAbsolutePath().getParent().resolve("jobs/target/moomoo-jobs-exec.jar");
        Path library = Files.createTempDirectory("moomoo-bench-empty-library");
        String loadBefore = Machine.loadAverage();
        try (ScratchDatabase scratch = new ScratchDatabase()) {
            List<Case> cases = List.of(
                    new Case("jobs --help", List.of(moomoo, "jobs", "--help")),
                    new Case("jobs list", List.of(moomoo, "jobs", "list")),
                    new Case("jar alone: jobs list", List.of("java", "-jar", jar.toString(), "jobs", "list")),
                    new Case("jobs status", List.of(moomoo, "jobs", "status", "--limit", "1")),
                    new Case(
                            "jobs run local-files (nothing to do)",
                            List.of(moomoo, "jobs", "run", "local-files", "library=" + library)));
            out.printf(Locale.ROOT, "%-38s %28s   %28s%n", "", "wall s (median, min, max)", "CPU s (median, min, max)");
            for (Case one : cases) {
                ChildRun.time(one.command(), scratch.uri());
                List<ChildRun> timed = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    timed.add(ChildRun.time(one.command(), scratch.uri()));
                }
                out.printf(
                        Locale.ROOT,
                        "%-38s %28s   %28s%n",
                        one.label(),
                        ChildRun.spread(
                                timed.stream().map(ChildRun::wallSeconds).toList()),
                        ChildRun.spread(timed.stream().map(ChildRun::cpuSeconds).toList()));
                out.flush();
            }
        } finally {
            Files.deleteIfExists(library);
        }
        out.printf(
                "%d runs of each after one untimed run; load average %s before, %s after%n",
                runs, loadBefore, Machine.loadAverage());
        out.println(Machine.describe());
        out.flush();
        return ExitCodes.COMPLETED;
    }
}
