package org.moomoo.jobs.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.moomoo.jobs.worklist.Partition;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * One {@code key=value} parameter a job accepts, with what makes a value valid and the value the
 * job takes when it is not given. The launcher checks the given values with {@link #normalise}; a
 * job reads them back, typed, with {@link #text}, {@link #flag}, {@link #number}, {@link #path},
 * {@link #partition} or {@link #value}. A default is not stored with the run, so a restart of a
 * run that left a parameter out resumes it.
 *
 * @param name         the key
 * @param kind         what the value must be
 * @param required     whether the job refuses to start without it
 * @param description  one line for {@code jobs list}
 * @param choices      the accepted values of a {@link Kind#CHOICE}, else empty
 * @param defaultValue the value when the parameter is not given, or null when the job works it out
 *                     (the description says how) or the parameter is required
 */
public record JobParameterSpec(
        String name, Kind kind, boolean required, String description, List<String> choices, String defaultValue) {

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
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("a required parameter has no default");
        }
    }

    /** A parameter the job cannot run without. */
    public static JobParameterSpec required(String name, Kind kind, String description) {
        return new JobParameterSpec(name, kind, true, description, List.of(), null);
    }

    /** An optional parameter whose absence the job works out itself; {@code description} says how. */
    public static JobParameterSpec optional(String name, Kind kind, String description) {
        return new JobParameterSpec(name, kind, false, description, List.of(), null);
    }

    /** An optional parameter that is {@code defaultValue} when not given; the description shows the default. */
    public static JobParameterSpec optional(String name, Kind kind, String defaultValue, String description) {
        return withDefault(new JobParameterSpec(name, kind, false, description, List.of(), defaultValue));
    }

    /** An optional parameter that takes one of {@code choices}, {@code defaultValue} when not given. */
    public static JobParameterSpec choice(String name, List<String> choices, String defaultValue, String description) {
        return withDefault(new JobParameterSpec(name, Kind.CHOICE, false, description, choices, defaultValue));
    }

    private static JobParameterSpec withDefault(JobParameterSpec spec) {
        Objects.requireNonNull(spec.defaultValue);
        // A default must be a value the launcher would accept.
        spec.normalise(spec.defaultValue);
        String described = spec.description + " (default " + spec.defaultValue + ")";
        return new JobParameterSpec(spec.name, spec.kind, false, described, spec.choices, spec.defaultValue);
    }

    /**
     * The value the job was launched with, else the default; empty when neither. Checked as the
     * launcher checks it, except that a folder or file need not exist any more.
     *
     * @throws IllegalArgumentException when the stored value is not valid; the message says what is expected
     */
    public Optional<String> value(JobParameters parameters) {
        String value = parameters.getString(name);
        if (value == null) {
            return Optional.ofNullable(defaultValue);
        }
        return Optional.of(kind == Kind.DIRECTORY || kind == Kind.FILE ? value : normalise(value));
    }

    /** The value of a parameter that is required or has a default. */
    public String text(JobParameters parameters) {
        return value(parameters)
                .orElseThrow(() ->
                        new IllegalStateException("the job was launched without " + name + "=, which has no default"));
    }

    /** The value of a {@link Kind#BOOLEAN} parameter that has a default. */
    public boolean flag(JobParameters parameters) {
        return Boolean.parseBoolean(text(parameters, Kind.BOOLEAN));
    }

    /** The value of a {@link Kind#POSITIVE_INT} parameter that has a default. */
    public int number(JobParameters parameters) {
        return Integer.parseInt(text(parameters, Kind.POSITIVE_INT));
    }

    /** The value of a required {@link Kind#DIRECTORY} or {@link Kind#FILE} parameter. */
    public Path path(JobParameters parameters) {
        if (kind != Kind.DIRECTORY && kind != Kind.FILE) {
            throw new IllegalStateException(name + " is a " + kind + " parameter, not a path");
        }
        return Path.of(text(parameters));
    }

    /** The value of a {@link Kind#PARTITION} parameter that has a default. */
    public Partition partition(JobParameters parameters) {
        return Partition.parse(text(parameters, Kind.PARTITION));
    }

    private String text(JobParameters parameters, Kind expected) {
        if (kind != expected) {
            throw new IllegalStateException(name + " is a " + kind + " parameter, not a " + expected + " one");
        }
        return text(parameters);
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
                    throw new IllegalArgumentException(
                            name + "=" + value + ": expected one of " + String.join(", ", choices));
                }
                yield value;
            }
            case TEXT -> value;
        };
    }

    private String existing(String value, boolean folder) {
        // An empty path would silently mean the current folder.
        if (value.isBlank()) {
            throw new IllegalArgumentException(
                    name + "= is empty; give the path of an existing " + (folder ? "folder" : "file"));
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (folder ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
            throw new IllegalArgumentException(name + "=" + value + ": no such " + (folder ? "folder" : "file")
                    + "; give the path of an existing " + (folder ? "folder" : "file"));
        }
        return path.toString();
    }
}
