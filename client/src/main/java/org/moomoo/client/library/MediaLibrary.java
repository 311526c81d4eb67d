package org.moomoo.client.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ExitCode;

/**
 * The media library's folder on this machine (spec 8.2). The server knows files by their path
 * relative to the library root, with forward slashes; this maps local paths to that form and back.
 *
 * @param root the library folder, absolute and normalised
 */
public record MediaLibrary(Path root) {

    public MediaLibrary {
        if (!root.isAbsolute()) {
            throw new IllegalArgumentException("the media library root must be absolute: " + root);
        }
    }

    /**
     * The library-relative form of a local path: symbolic links followed, so a link into the library
     * counts as inside it. The library itself maps to the empty string.
     */
    public String toRelative(Path local) {
        Path real = realPath(local);
        Path libraryReal = realPath(root);
        if (!real.startsWith(libraryReal)) {
            throw new ClientFailure(
                    ExitCode.CONFIGURATION,
                    local + " is outside the media library " + root + " (MOOMOO_MEDIA_LIBRARY)");
        }
        StringBuilder relative = new StringBuilder();
        for (Path part : libraryReal.relativize(real)) {
            if (!relative.isEmpty()) {
                relative.append('/');
            }
            relative.append(part);
        }
        return relative.toString();
    }

    /** The local path of a library-relative path; nothing is checked, as the file may be elsewhere. */
    public Path toAbsolute(String relative) {
        return root.resolve(relative);
    }

    /** Whether a local path is the library folder itself. */
    public boolean isRoot(Path local) {
        return realPath(local).equals(realPath(root));
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            if (!Files.exists(path)) {
                throw new ClientFailure(ExitCode.CONFIGURATION, path + " does not exist");
            }
            throw new UncheckedIOException(e);
        }
    }
}
