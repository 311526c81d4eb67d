package org.moomoo.benchmarks.localfiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.moomoo.benchmarks.Machine;
import org.moomoo.jobs.faststart.ScratchDatabase;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.localfiles.TagReader;
import org.moomoo.jobs.progress.ProgressLine;
import org.moomoo.testsupport.library.TaggedLibraryGenerator;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench local-files}: how fast {@code local-files} scans a library of generated tagged
 * files the first time and when nothing changed, beside the tag reader alone on 1 and 2 threads and
 * the original's reader (mutagen), and whether the targets are met: a first scan at least 3 times
 * mutagen's rate, an unchanged re-scan at least 50,000 files/s. Rates are by the job's own start and
 * end times; the CPU figure is this JVM's, per file, which says more than the rate on a busy
 * machine. Runs in a {@link ScratchDatabase}.
 */
@Command(
        name = "local-files",
        mixinStandardHelpOptions = true,
        description = "Files per second of a first scan and of an unchanged re-scan.")
public final class LocalFilesBenchmark implements Callable<Integer> {

    private static final double FIRST_SCAN_TARGET = 3;
    private static final long RESCAN_TARGET = 50_000;

    @Option(
            names = "--files",
            defaultValue = "2000",
            description = "how many files to generate (default ${DEFAULT-VALUE})")
    int files;

    @Option(names = "--rounds", defaultValue = "3", description = "re-scans to time (default ${DEFAULT-VALUE})")
    int rounds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException, InterruptedException, ExecutionException {
        PrintWriter out = spec.commandLine().getOut();
        Path library = Files.createTempDirectory("moomoo-bench-library");
        try {
            long started = System.nanoTime();
            List<Path> generated = new TaggedLibraryGenerator().generate(library, files, 42);
            out.printf(
                    "generated %s tagged files (mp3 and flac) in %s%n",
                    ProgressLine.count(generated.size()),
                    ProgressLine.duration(Duration.ofNanos(System.nanoTime() - started)));
            out.flush();

            tagReaderAlone(out, generated, 1);
            tagReaderAlone(out, generated, 2);
            Optional<MutagenComparison.Timing> mutagen = MutagenComparison.run(generated);
            mutagen.ifPresentOrElse(
                    timing ->
                            print(out, "mutagen (original), 1 process", generated.size(), timing.wall(), timing.cpu()),
                    () -> out.println("mutagen (original): not measured, /usr/bin/python3 with mutagen is missing "
                            + "(apt-get install python3-mutagen)"));

            double firstRate;
            double bestRescan = 0;
            try (ScratchDatabase scratch = new ScratchDatabase()) {
                JobControl control = scratch.jobs();
                List<String> arguments = List.of("library=" + library);
                firstRate = timedJob(out, "first scan", control, arguments, generated.size());
                for (int round = 1; round <= rounds; round++) {
                    bestRescan = Math.max(
                            bestRescan,
                            timedJob(out, "unchanged re-scan " + round, control, arguments, generated.size()));
                }
                // The same work in a JVM that has run the job once: what the first scan pays to
                // load and compile the job's code, beside what it pays per file.
                Path other = Files.createTempDirectory("moomoo-bench-library");
                try {
                    int count = new TaggedLibraryGenerator()
                            .generate(other, files, 43)
                            .size();
                    timedJob(out, "first scan, warm JVM", control, List.of("library=" + other, "replace=true"), count);
                } finally {
                    FileSystemUtils.deleteRecursively(other);
                }
            }
            verdicts(out, firstRate, bestRescan, mutagen.map(timing -> generated.size() / seconds(timing.wall())));
            out.println(Machine.describe());
            out.flush();
            return ExitCodes.COMPLETED;
        } finally {
            FileSystemUtils.deleteRecursively(library);
        }
    }

    private static void tagReaderAlone(PrintWriter out, List<Path> files, int threads)
            throws InterruptedException, ExecutionException {
        TagReader reader = new TagReader();
        // One untimed pass warms the JIT and the page cache, as a real scan's first seconds would.
        files.forEach(reader::read);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long cpuStarted = processCpuNanos();
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            int slice = (files.size() + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                List<Path> part =
                        files.subList(Math.min(files.size(), t * slice), Math.min(files.size(), (t + 1) * slice));
                done.add(pool.submit(() -> part.forEach(reader::read)));
            }
            for (Future<?> future : done) {
                future.get();
            }
            print(
                    out,
                    "tag reader alone, " + threads + (threads == 1 ? " thread" : " threads"),
                    files.size(),
                    Duration.ofNanos(System.nanoTime() - started),
                    Duration.ofNanos(processCpuNanos() - cpuStarted));
        } finally {
            pool.shutdown();
        }
    }

    /** Runs the job once and prints its rate by its own start and end times; returns files/s. */
    private static double timedJob(PrintWriter out, String what, JobControl control, List<String> arguments, int count)
            throws SQLException {
        long cpuStarted = processCpuNanos();
        Outcome outcome = control.run("local-files", arguments);
        Duration cpu = Duration.ofNanos(processCpuNanos() - cpuStarted);
        if (outcome.exitCode() != ExitCodes.COMPLETED) {
            throw new IllegalStateException(
                    what + " did not complete: " + outcome.execution().problem());
        }
        Duration elapsed = outcome.execution().duration();
        print(out, what + " (whole job)", count, elapsed, cpu);
        return count / seconds(elapsed);
    }

    private static void verdicts(PrintWriter out, double firstRate, double bestRescan, Optional<Double> mutagenRate)
            throws IOException {
        String load = "load average " + Machine.loadAverage();
        mutagenRate.ifPresentOrElse(
                rate -> out.printf(
                        Locale.ROOT,
                        "first scan: %.1f x mutagen (target >= %.0f x): %s (%s)%n",
                        firstRate / rate,
                        FIRST_SCAN_TARGET,
                        firstRate / rate >= FIRST_SCAN_TARGET ? "met" : "NOT met",
                        load),
                () -> out.println("first scan: no mutagen figure to compare with"));
        out.printf(
                Locale.ROOT,
                "unchanged re-scan, best of the rounds: %s files/s (target >= %s files/s): %s (%s)%n",
                ProgressLine.count(Math.round(bestRescan)),
                ProgressLine.count(RESCAN_TARGET),
                bestRescan >= RESCAN_TARGET ? "met" : "NOT met",
                load);
    }

    /** CPU time of this whole JVM (every thread); the database server's share is not in it. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(Duration elapsed) {
        return elapsed.toNanos() / 1e9;
    }

    static void print(PrintWriter out, String what, int count, Duration elapsed, Duration cpu) {
        double seconds = seconds(elapsed);
        out.printf(
                Locale.ROOT,
                "%-34s %8s files in %7.3fs  %10s files/s  cpu %6.1f µs/file%n",
                what,
                ProgressLine.count(count),
                seconds,
                ProgressLine.count(Math.round(count / seconds)),
                cpu.toNanos() / 1e3 / count);
        out.flush();
    }
}
