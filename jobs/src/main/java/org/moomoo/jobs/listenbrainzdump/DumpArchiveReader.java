package org.moomoo.jobs.listenbrainzdump;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads a ListenBrainz incremental dump ({@code tar} compressed with Zstandard) in one streaming
 * pass: the archive is never whole in memory or on disk. Members are matched by the end of their
 * name, so a top-level folder does not matter; every {@code .listens} file is read (DESIGN 9.2).
 */
public final class DumpArchiveReader {

    /** {@code 2025-02-13 00:00:00+00:00}, and the same with a {@code T} or fractional seconds. */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HH:mm", "+00:00")
            .toFormatter();

    private static final int BUFFER = 1 << 16;

    private DumpArchiveReader() {}

    /**
     * Reads the archive {@code compressed} to its end, then checks that the compressed stream ends
     * there too (so a corrupt or truncated tail is not missed). The lines are parsed on one thread
     * per core beside the one decompressing.
     *
     * @param name the archive's path, for failure messages
     * @throws MalformedDumpException when the archive is truncated, corrupt, lacks a timestamp file
     *     or holds a malformed listen; the message says which and where
     */
    public static DumpContents read(String name, InputStream compressed) {
        return read(name, compressed, Runtime.getRuntime().availableProcessors());
    }

    /** {@link #read(String, InputStream)} with {@code parserThreads} threads parsing lines. */
    public static DumpContents read(String name, InputStream compressed, int parserThreads) {
        List<String> listensFiles = new ArrayList<>();
        Instant start = null;
        Instant end = null;
        ListenCounts counts;
        long listens;
        try (ParallelListensReader listensReader = new ParallelListensReader(parserThreads)) {
            try (ZstdInputStream zstd = new ZstdInputStream(new BufferedInputStream(compressed, BUFFER));
                    InputStream decompressed = new BufferedInputStream(zstd, BUFFER)) {
                TarArchiveInputStream tar = new TarArchiveInputStream(decompressed);
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    String member = entry.getName();
                    if (!entry.isFile()) {
                        continue;
                    }
                    if (member.endsWith("START_TIMESTAMP")) {
                        start = timestamp(name, member, tar);
                    } else if (member.endsWith("END_TIMESTAMP")) {
                        end = timestamp(name, member, tar);
                    } else if (member.endsWith(".listens")) {
                        listensReader.read(member, tar);
                        listensFiles.add(member);
                    }
                }
                // The tar ended; the rest of the stream (padding, the zstd checksum) must read cleanly too.
                decompressed.transferTo(OutputStream.nullOutputStream());
            } catch (MalformedDumpException | IOException | UncheckedIOException e) {
                // A malformed line found meanwhile lies before whatever broke here: it comes first.
                withName(name, listensReader::rethrowFirstFailure);
                throw readFailure(name, e);
            }
            counts = withName(name, listensReader::finish);
            listens = listensReader.listens();
        }
        if (start == null || end == null) {
            throw new MalformedDumpException(name + " has no " + (start == null ? "START_TIMESTAMP" : "END_TIMESTAMP")
                    + " file; is it a ListenBrainz incremental dump?");
        }
        return new DumpContents(start, end, listensFiles, listens, counts);
    }

    private static <T> T withName(String name, Supplier<T> step) {
        try {
            return step.get();
        } catch (MalformedDumpException e) {
            throw new MalformedDumpException(name + ": " + e.getMessage(), e);
        }
    }

    private static void withName(String name, Runnable step) {
        withName(name, () -> {
            step.run();
            return null;
        });
    }

    private static MalformedDumpException readFailure(String name, Exception e) {
        if (e instanceof MalformedDumpException malformed) {
            return new MalformedDumpException(name + ": " + malformed.getMessage(), malformed);
        }
        IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        return new MalformedDumpException(name + " is truncated or corrupt: " + describe(cause), e);
    }

    private static Instant timestamp(String name, String member, InputStream in) throws IOException {
        String text = new String(in.readNBytes(256), StandardCharsets.UTF_8).strip();
        try {
            return OffsetDateTime.parse(text, TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedDumpException(
                    member + " holds '" + text + "', not a time such as 2025-02-13 00:00:00+00:00");
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "unexpected end of data" : message;
    }
}
