package org.moomoo.jobs.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.moomoo.jobs.worklist.Partition;

/**
 * One {@code key=value} parameter a job accepts, with what makes a value valid.
 *
 * @param name        the key
 * @param kind        what the value must be
 * @param required    whether the job refuses to start without it
 * @param description one line for {@code jobs list}
 * @param choices     the accepted values of a {@link Kind#CHOICE}, else empty
 */
public record JobParameterSpec(String name, Kind kind, boolean required, String description, List<String> choices) {

    /** What a value must look like. */
    public enum Kind {
        /** An existing folder; stored as an absolute, normalised path. */
        DIRECTORY,
        /** An existing file; stored as an absolute, normalised path. */
        FILE,
        /** A whole number of at least 1. */
        POSITIVE_INT,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code i/n}: this worker's share of the work. */
        PARTITION,
        /** One of a fixed list of words. */
        CHOICE,
        /** Any text. */
        TEXT
    }

    public JobParameterSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(description);
        choices = List.copyOf(choices);
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("choices go with Kind.CHOICE and only with it");
        }
    }

    /** A parameter the job cannot run without. */
    public static JobParameterSpec required(String name, Kind kind, String description) {
        return new JobParameterSpec(name, kind, true, description, List.of());
    }

    /** A parameter with a default chosen by the job. */
    public static JobParameterSpec optional(String name, Kind kind, String description) {
        return new JobParameterSpec(name, kind, false, description, List.of());
    }

    /** An optional parameter that takes one of {@code choices}. */
    public static JobParameterSpec choice(String name, List<String> choices, String description) {
        return new JobParameterSpec(name, Kind.CHOICE, false, description, choices);
    }

    /**
     * The value as the job receives it (a folder or file becomes absolute and normalised).
     *
     * @throws IllegalArgumentException with a message that says what is wrong and what is expected
     */
    public String normalise(String value) {
        return switch (kind) {
            case DIRECTORY -> existing(value, true);
            case FILE -> existing(value, false);
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
            case BOOLEAN -> {
                String lower = value.trim().toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw new IllegalArgumentException(name + "=" + value + ": expected true or false");
                }
                yield lower;
            }
            case PARTITION -> {
                try {
                    yield Partition.parse(value).toString();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(e.getMessage().replace("partition=", name + "="));
                }
            }
            case CHOICE -> {
                if (!choices.contains(value)) {
                    throw new IllegalArgumentException(name + "=" + value + ": expected one of " + String.join(", ", choices));
                }
                yield value;
            }
            case TEXT -> value;
        };
    }

    private String existing(String value, boolean folder) {
        // An empty path would silently mean the current folder.
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + "= is empty; give the path of an existing "
                    + (folder ? "folder" : "file"));
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (folder ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
            throw new IllegalArgumentException(name + "=" + value + ": no such " + (folder ? "folder" : "file")
                    + "; give the path of an existing " + (folder ? "folder" : "file"));
        }
        return path.toString();
    }
}
