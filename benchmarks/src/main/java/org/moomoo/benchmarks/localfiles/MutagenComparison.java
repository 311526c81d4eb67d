package org.moomoo.benchmarks.localfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Times the original system's tag reader, Python's mutagen in one process, on the same files, so the
 * benchmark prints both figures side by side. Needs Debian's {@code /usr/bin/python3} and
 * {@code python3-mutagen}; without them it measures nothing.
 */
final class MutagenComparison {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private MutagenComparison() {}

    /**
     * One timed pass of mutagen.
     *
     * @param wall elapsed time
     * @param cpu  the Python process's CPU time in that pass
     */
    record Timing(Duration wall, Duration cpu) {}

    /** One timed pass over {@code files}, or empty when mutagen is not installed. */
    static Optional<Timing> run(List<Path> files) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return Optional.empty();
        }
        Path script = Files.createTempFile("moomoo-mutagen", ".py");
        try (InputStream in = MutagenComparison.class.getResourceAsStream("mutagen_scan.py")) {
            Files.write(script, in.readAllBytes());
            Process process = new ProcessBuilder(PYTHON.toString(), script.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                for (Path file : files) {
                    stdin.write(file.toString());
                    stdin.write('\n');
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0 || output.isEmpty()) {
                return Optional.empty();
            }
            String[] fields = output.split("\\s+");
            return Optional.of(new Timing(duration(fields[1]), duration(fields[2])));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static Duration duration(String seconds) {
        return Duration.ofNanos((long) (Double.parseDouble(seconds) * 1e9));
    }
}
