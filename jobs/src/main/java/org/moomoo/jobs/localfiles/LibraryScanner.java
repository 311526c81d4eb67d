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
    private static final String ATTRIBUTES = "unix:ctime,creationTime,lastModifiedTime";

    /**
     * Every audio file under {@code root}, sorted by relative path. One stat per file: the walk's own
     * attributes give size and modification time (a symlink is followed with one more stat).
     */
    public List<FoundFile> scan(Path root) {
        List<FoundFile> files = new ArrayList<>();
        String separator = root.getFileSystem().getSeparator();
        // Every walked path starts with the root's own text: cutting it off is cheaper than relativize.
        int prefix = root.toString().endsWith(separator)
                ? root.toString().length()
                : root.toString().length() + separator.length();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if ((attrs.isRegularFile() || attrs.isSymbolicLink())
                            && TagReader.isAudioFile(file.getFileName().toString())) {
                        found(root, file, attrs, prefix, separator).ifPresent(files::add);
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
        files.sort(Comparator.comparing(FoundFile::relativePath));
        return files;
    }

    private static Optional<FoundFile> found(
            Path root, Path file, BasicFileAttributes walked, int prefix, String separator) {
        BasicFileAttributes attributes = walked;
        if (walked.isSymbolicLink()) {
            try {
                // Follows the link: the row describes the file it points to.
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                log.warn("Skipping {}: cannot read its attributes ({})", root.relativize(file), e.getMessage());
                return Optional.empty();
            }
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
        }
        String relative = file.toString().substring(prefix);
        if (!separator.equals("/")) {
            relative = relative.replace(separator, "/");
        }
        FileStamp stamp = new FileStamp(attributes.size(), seconds(attributes.lastModifiedTime()));
        return Optional.of(new FoundFile(file, relative, stamp));
    }

    /**
     * The facts stored with a file that is to be read: its inode change time and birth time. Only
     * files to read pay for this second stat; empty when the file vanished since the walk.
     */
    public Optional<LibraryFile> describe(FoundFile file) {
        Map<String, Object> attributes;
        try {
            attributes = Files.readAttributes(file.path(), ATTRIBUTES);
        } catch (IOException e) {
            log.warn("Skipping {}: cannot read its attributes ({})", file.relativePath(), e.getMessage());
            return Optional.empty();
        }
        FileTime modified = (FileTime) attributes.get("lastModifiedTime");
        FileTime created = (FileTime) attributes.get("creationTime");
        // Where the file system keeps no birth time, Java reports the modification time instead.
        Instant born = created.equals(modified) ? null : seconds(created);
        return Optional.of(new LibraryFile(
                file.path(), file.relativePath(), file.stamp(), seconds((FileTime) attributes.get("ctime")), born));
    }

    private static Instant seconds(FileTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
