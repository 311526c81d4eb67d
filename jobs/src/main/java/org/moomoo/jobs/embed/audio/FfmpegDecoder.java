package org.moomoo.jobs.embed.audio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Decodes what Java Sound cannot (AAC in MP4, Opus, ...) with an {@code ffmpeg} process: the first
 * audio stream, at its own rate and channels, as 32-bit float WAV on standard output. The
 * down-mix and the resampling are left to this package, so every format gets the same ones
 * ({@code ffmpeg -ac 1} would mix stereo as {@code (L + R) / sqrt(2)}, not the mean).
 *
 * <p>A process that runs longer than the timeout is killed. Thread-safe: each call has its own
 * process.
 */
final class FfmpegDecoder {

    /** One daemon thread that kills the processes which overrun; it never blocks. */
    private static final ScheduledExecutorService TIMEOUTS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ffmpeg-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    private final Path executable;
    private final Duration timeout;

    FfmpegDecoder(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /**
     * Runs ffmpeg on the file. The process is only killed when it overruns: killing closes its
     * error stream, and with it the line that says why it failed. Should the output not be a float
     * WAV stream, the pipe is closed, and ffmpeg ends on the broken pipe.
     */
    MonoTrack decode(Path file) throws IOException {
        // "file:" keeps ffmpeg from reading a name such as "a:b.m4a" as a protocol.
        String input = "file:" + file.toAbsolutePath();
        Process process;
        try {
            process = new ProcessBuilder(
                            executable.toString(),
                            "-nostdin",
                            "-hide_banner",
                            "-v",
                            "error",
                            "-i",
                            input,
                            "-map",
                            "0:a:0",
                            "-c:a",
                            "pcm_f32le",
                            "-f",
                            "wav",
                            "-")
                    .start();
        } catch (IOException e) {
            throw new DecodingException(
                    "could not run ffmpeg (" + executable + "): reinstall it (apt-get install ffmpeg)", e);
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> killer = TIMEOUTS.schedule(
                () -> {
                    if (process.isAlive()) {
                        timedOut.set(true);
                        kill(process);
                    }
                },
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            process.getOutputStream().close();
            LastErrorLine errors = LastErrorLine.collect(process.getErrorStream(), input);
            MonoTrack track = null;
            String readFailure = null;
            try (InputStream out = process.getInputStream()) {
                track = FloatWavStream.read(out);
            } catch (IOException | DecodingException e) {
                readFailure = e.getMessage();
            }
            int exitCode = process.waitFor();
            String error = errors.await();
            if (timedOut.get()) {
                throw new DecodingException("ffmpeg did not finish within "
                        + BigDecimal.valueOf(timeout.toMillis(), 3)
                                .stripTrailingZeros()
                                .toPlainString()
                        + " s and was stopped: the file may be damaged or very long; re-encode it");
            }
            if (track == null || exitCode != 0) {
                String reason = error != null ? error : readFailure != null ? readFailure : "exit code " + exitCode;
                throw new DecodingException("ffmpeg could not decode it: " + reason + "; " + AudioDecoder.COPY_AGAIN);
            }
            return track;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecodingException("interrupted while ffmpeg was decoding");
        } finally {
            killer.cancel(false);
            if (process.isAlive()) {
                kill(process);
            }
        }
    }

    /** Kills the process and anything it started, which could otherwise hold the pipes open. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * Drains ffmpeg's standard error on its own thread (a full pipe would stall ffmpeg) and keeps
     * the last line, which says why it failed ("Invalid data found when processing input").
     */
    private static final class LastErrorLine implements Runnable {

        private static final int MAX_LENGTH = 200;

        private final InputStream stream;
        private final String input;
        private final Thread thread;
        private volatile String lastLine;

        private LastErrorLine(InputStream stream, String input) {
            this.stream = stream;
            this.input = input;
            this.thread = new Thread(this, "ffmpeg-stderr");
            this.thread.setDaemon(true);
        }

        static LastErrorLine collect(InputStream stream, String input) {
            LastErrorLine collector = new LastErrorLine(stream, input);
            collector.thread.start();
            return collector;
        }

        @Override
        public void run() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        lastLine = line;
                    }
                }
            } catch (IOException e) {
                // The process was killed; what was read so far is all there is.
            }
        }

        /** The last line without the file name ffmpeg puts in front, or null when there was none. */
        String await() throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(5));
            String line = lastLine;
            if (line == null) {
                return null;
            }
            line = line.replace(input + ": ", "").replace(input, "the file").strip();
            return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "...";
        }
    }
}
