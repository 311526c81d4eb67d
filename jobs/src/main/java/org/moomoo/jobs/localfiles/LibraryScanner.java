package org.moomoo.jobs.localfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the music folder and lists its audio files, sorted by relative path.
 *
 * <p>Hidden files and folders are included; symlinked folders are not entered, a symlink to a
 * regular file counts as that file. A folder that cannot be read is logged and skipped, so one bad
 * permission does not stop the scan.
 */
public final class LibraryScanner {

    private static final Logger log = LoggerFactory.getLogger(LibraryScanner.class);
    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,creationTime,isRegularFile";

    /** Every audio file under {@code root}. */
    public List<LibraryFile> scan(Path root) {
        List<LibraryFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if ((attrs.isRegularFile() || attrs.isSymbolicLink())
                            && TagReader.isAudioFile(file.getFileName().toString())) {
                        describe(root, file).ifPresent(files::add);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    log.warn("Skipping {}: cannot read it ({})", root.relativize(file), e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan the music folder " + root + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(LibraryFile::relativePath));
        return files;
    }

    private static Optional<LibraryFile> describe(Path root, Path file) {
        Map<String, Object> attributes;
        try {
            // Follows a symlink to its target: one stat gives everything the row needs.
            attributes = Files.readAttributes(file, ATTRIBUTES);
        } catch (IOException e) {
            log.warn("Skipping {}: cannot read its attributes ({})", root.relativize(file), e.getMessage());
            return Optional.empty();
        }
        if (!(Boolean) attributes.get("isRegularFile")) {
            return Optional.empty();
        }
        FileTime modified = (FileTime) attributes.get("lastModifiedTime");
        FileTime created = (FileTime) attributes.get("creationTime");
        String relative =
                root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        FileStamp stamp = new FileStamp((Long) attributes.get("size"), seconds(modified));
        // Where the file system keeps no birth time, Java reports the modification time instead.
        Instant born = created.equals(modified) ? null : seconds(created);
        return Optional.of(new LibraryFile(file, relative, stamp, seconds((FileTime) attributes.get("ctime")), born));
    }

    private static Instant seconds(FileTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
