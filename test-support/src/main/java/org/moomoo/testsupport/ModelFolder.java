package org.moomoo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A model project written to a temporary folder, as a user would keep one: {@code models/} and
 * {@code tests/} under {@link #root()}.
 */
public final class ModelFolder {

    private final Path root;

    public ModelFolder() {
        try {
            root = Files.createTempDirectory("moomoo-models");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code models/<relative>} (or {@code tests/...} when it starts with "tests/"). */
    public ModelFolder file(String relative, String text) {
        Path file = relative.startsWith("tests/")
                ? root.resolve(relative)
                : root.resolve("models").resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path root() {
        return root;
    }
}
