package org.moomoo.benchmarks.embed;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.moomoo.jobs.embed.audio.AudioDecoder;
import org.moomoo.jobs.embed.sonic.SonicEmbedder;
import org.moomoo.jobs.faststart.ScratchDatabase;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.progress.ProgressLine;
import org.moomoo.testsupport.audio.GeneratedTracks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench embed}: tracks per minute of the {@code embed} job with {@code sonic-v1} over
 * generated 3-to-4-minute tracks (mixed mp3 and flac), beside the rate of decoding the same files
 * alone on as many threads. Runs in a {@link ScratchDatabase}.
 */
@Command(
        name = "embed",
        mixinStandardHelpOptions = true,
        description = "Tracks per minute of the embed job (sonic-v1) beside the decode-only rate.")
public final class EmbedBenchmark implements Callable<Integer> {

    @Option(names = "--tracks", defaultValue = "100", description = "how many tracks (default ${DEFAULT-VALUE})")
    int tracks;

    @Option(
            names = "--dir",
            description = "where the generated tracks are kept between runs (default: a folder in the temp dir)")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException, SQLException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder =
                dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "moomoo-bench-tracks-" + tracks);
        long started = System.nanoTime();
        List<Path> files = GeneratedTracks.ensure(folder, tracks, 7);
        out.printf(
                "%d tracks of 3-4 minutes (mp3 and flac) ready in %s: %s%n",
                files.size(), folder, ProgressLine.duration(Duration.ofNanos(System.nanoTime() - started)));
        out.flush();

        int threads = Runtime.getRuntime().availableProcessors();
        Duration decodeOnly = decodeAll(files, threads);
        print(out, "decode only (" + threads + " threads)", files.size(), decodeOnly);

        try (ScratchDatabase scratch = new ScratchDatabase()) {
            Outcome outcome = scratch.jobs().run("embed", List.of("library=" + folder));
            if (outcome.exitCode() != ExitCodes.COMPLETED) {
                throw new IllegalStateException(
                        "the embed job did not complete: " + outcome.execution().problem());
            }
            Duration job = outcome.execution().duration();
            print(out, "embed job, sonic-v1 (whole job)", files.size(), job);
            out.printf(
                    Locale.ROOT,
                    "embed job / decode only = %.2f (target: at most 2.00)%n",
                    job.toNanos() / (double) decodeOnly.toNanos());
        }
        out.println(Machine.describe());
        out.flush();
        return ExitCodes.COMPLETED;
    }

    private static Duration decodeAll(List<Path> files, int threads) throws InterruptedException, ExecutionException {
        AudioDecoder decoder = AudioDecoder.withFfmpegFromPath();
        int rate = new SonicEmbedder().sampleRate();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> decoder.decodeMono(file, rate)));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return Duration.ofNanos(System.nanoTime() - started);
        } finally {
            pool.shutdown();
        }
    }

    private static void print(PrintWriter out, String what, int count, Duration elapsed) {
        double minutes = elapsed.toNanos() / 60e9;
        out.printf(
                Locale.ROOT,
                "%-34s %4d tracks in %7.1fs  %7.1f tracks/min%n",
                what,
                count,
                elapsed.toNanos() / 1e9,
                count / minutes);
        out.flush();
    }
}
