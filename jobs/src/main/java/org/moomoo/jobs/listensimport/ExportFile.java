package org.moomoo.jobs.listensimport;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.moomoo.jobs.launcher.JobRefusedException;

/**
 * An export as a list of named parts: the entries of a ZIP (in name order, so that a restart reads
 * them in the same order), or the file itself.
 */
final class ExportFile implements Closeable {

    private static final int PEEK_BYTES = 8192;

    private final Path path;
    private final ZipFile zip;

    private ExportFile(Path path, ZipFile zip) {
        this.path = path;
        this.zip = zip;
    }

    /** Opens {@code path}, as a ZIP when it starts with a ZIP's signature. */
    static ExportFile open(Path path) {
        try {
            if (isZip(path)) {
                return new ExportFile(path, new ZipFile(path.toFile(), StandardCharsets.UTF_8));
            }
            return new ExportFile(path, null);
        } catch (IOException e) {
            throw new JobRefusedException("cannot read " + path + ": " + e.getMessage());
        }
    }

    private static boolean isZip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    boolean isZip() {
        return zip != null;
    }

    /** The file's name, for messages. */
    String name() {
        return path.getFileName().toString();
    }

    /** The names of the parts: the ZIP's file entries in name order, or the file's own name. */
    List<String> parts() {
        if (zip == null) {
            return List.of(name());
        }
        return Collections.list(zip.entries()).stream()
                .filter(e -> !e.isDirectory())
                .map(ZipEntry::getName)
                .sorted()
                .toList();
    }

    /** Opens one part for reading. */
    InputStream open(String part) {
        try {
            if (zip == null) {
                return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            }
            return new BufferedInputStream(zip.getInputStream(zip.getEntry(part)), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first few kilobytes of a part as text, to tell its format. */
    String peek(String part) {
        try (InputStream in = open(part)) {
            return new String(in.readNBytes(PEEK_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part named {@code fileName} (in any folder of a ZIP), if any. */
    Optional<String> find(String fileName) {
        return parts().stream().filter(p -> baseName(p).equals(fileName)).findFirst();
    }

    /** The last path element of a part's name, lower-case. */
    static String baseName(String part) {
        return part.substring(part.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
