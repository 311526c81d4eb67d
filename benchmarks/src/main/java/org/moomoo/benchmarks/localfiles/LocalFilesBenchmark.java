package org.moomoo.benchmarks.localfiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * files the first time and when nothing changed, beside the tag reader alone on 1 and 2 threads.
 * Runs in a {@link ScratchDatabase}.
 */
@Command(
        name = "local-files",
        mixinStandardHelpOptions = true,
        description = "Files per second of a first scan and of an unchanged re-scan.")
public final class LocalFilesBenchmark implements Callable<Integer> {

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
            MutagenComparison.run(generated)
                    .ifPresentOrElse(
                            seconds -> print(out, "mutagen (original), 1 process", generated.size(), seconds),
                            () -> out.println(
                                    "mutagen (original): not measured, /usr/bin/python3 with mutagen is missing "
                                            + "(apt-get install python3-mutagen)"));

            try (ScratchDatabase scratch = new ScratchDatabase()) {
                JobControl control = scratch.jobs();
                List<String> arguments = List.of("library=" + library);
                report(out, "first scan", control.run("local-files", arguments), generated.size());
                for (int round = 1; round <= rounds; round++) {
                    report(out, "unchanged re-scan " + round, control.run("local-files", arguments), generated.size());
                }
            }
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
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            pool.shutdown();
        }
    }

    private static void report(PrintWriter out, String what, Outcome outcome, int count) {
        if (outcome.exitCode() != ExitCodes.COMPLETED) {
            throw new IllegalStateException(
                    what + " did not complete: " + outcome.execution().problem());
        }
        print(out, what + " (whole job)", count, outcome.execution().duration());
    }

    static void print(PrintWriter out, String what, int count, Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        out.printf(
                Locale.ROOT,
                "%-34s %8s files in %7.3fs  %10s files/s%n",
                what,
                ProgressLine.count(count),
                seconds,
                ProgressLine.count(Math.round(count / seconds)));
        out.flush();
    }
}
