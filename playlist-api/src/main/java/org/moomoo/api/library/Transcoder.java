package org.moomoo.api.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts a file browsers cannot play (ALAC, AIFF, WMA ...) to FLAC with ffmpeg, once: the result
 * is kept in a cache folder under a name made of the file's path, size and modification time, so
 * that it is served like any file, with Range requests, and a changed file is converted again.
 */
final class Transcoder {

    private static final Logger log = LoggerFactory.getLogger(Transcoder.class);
    private static final long TIMEOUT_MINUTES = 5;

    private final String ffmpeg;
    private final Path cache;
    private volatile Boolean available;

    /**
     * @param ffmpeg the ffmpeg command (a name on the PATH or a file)
     * @param cache where converted files are kept
     */
    Transcoder(String ffmpeg, Path cache) {
        this.ffmpeg = ffmpeg;
        this.cache = cache;
    }

    /** Whether ffmpeg runs on this machine; looked at once. */
    boolean available() {
        Boolean known = available;
        if (known == null) {
            known = runs(List.of(ffmpeg, "-hide_banner", "-version"));
            available = known;
        }
        return known;
    }

    /** {@code file} as FLAC, converted now unless it was before; empty when ffmpeg is missing or fails on it. */
    synchronized Optional<Path> flac(Path file) throws IOException {
        if (!available()) {
            return Optional.empty();
        }
        Path converted = cache.resolve(key(file) + ".flac");
        if (Files.isRegularFile(converted)) {
            return Optional.of(converted);
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempFile(cache, "converting-", ".flac");
        boolean done = runs(List.of(
                ffmpeg,
                "-hide_banner",
                "-loglevel",
                "error",
                "-nostdin",
                "-y",
                "-i",
                file.toString(),
                "-vn",
                "-c:a",
                "flac",
                "-f",
                "flac",
                partial.toString()));
        if (!done) {
            Files.deleteIfExists(partial);
            log.warn("ffmpeg could not convert {}", file.getFileName());
            return Optional.empty();
        }
        Files.move(partial, converted, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(converted);
    }

    private static boolean runs(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String key(Path file) throws IOException {
        String identity = file + "\u0000" + Files.size(file) + "\u0000"
                + Files.getLastModifiedTime(file).toMillis();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
