package org.moomoo.jobs.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One {@code key=value} parameter a job accepts, with what makes a value valid.
 *
 * @param name        the key
 * @param kind        what the value must be
 * @param required    whether the job refuses to start without it
 * @param description one line for {@code jobs list}
 */
public record JobParameterSpec(String name, Kind kind, boolean required, String description) {

    /** What a value must look like. */
    public enum Kind {
        /** An existing folder; stored as an absolute, normalised path. */
        DIRECTORY,
        /** A whole number of at least 1. */
        POSITIVE_INT,
        /** Any text. */
        TEXT
    }

    public JobParameterSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(description);
    }

    /** A parameter the job cannot run without. */
    public static JobParameterSpec required(String name, Kind kind, String description) {
        return new JobParameterSpec(name, kind, true, description);
    }

    /** A parameter with a default chosen by the job. */
    public static JobParameterSpec optional(String name, Kind kind, String description) {
        return new JobParameterSpec(name, kind, false, description);
    }

    /**
     * The value as the job receives it (a folder becomes absolute and normalised).
     *
     * @throws IllegalArgumentException with a message that says what is wrong and what is expected
     */
    public String normalise(String value) {
        return switch (kind) {
            case DIRECTORY -> {
                Path path = Path.of(value).toAbsolutePath().normalize();
                if (!Files.isDirectory(path)) {
                    throw new IllegalArgumentException(name + "=" + value + ": no such folder; give the path of an existing folder");
                }
                yield path.toString();
            }
            case POSITIVE_INT -> {
                try {
                    int n = Integer.parseInt(value.trim());
                    if (n < 1) {
                        throw new NumberFormatException();
                    }
                    yield String.valueOf(n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + "=" + value + ": expected a whole number of at least 1");
                }
            }
            case TEXT -> value;
        };
    }
}
