package org.moomoo.jobs.listensimport;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code listens-import}, read once from the job's parameters.
 *
 * @param file     the export to import, absolute and normalised
 * @param username the user the listens are stored under, when given
 * @param format   {@code auto} or a format's name
 */
record ListensImportParameters(Path file, Optional<String> username, String format) {

    static final JobParameterSpec FILE = JobParameterSpec.required(
            "file",
            Kind.FILE,
            "the export: a ListenBrainz ZIP, JSON-lines or JSON file, a Last.fm CSV, or a Spotify ZIP"
                    + " or JSON file");
    static final JobParameterSpec USERNAME = JobParameterSpec.optional(
            "username",
            Kind.TEXT,
            "the user the listens belong to (default: the user a ListenBrainz export names, else " + ImportUser.VARIABLE
                    + ")");
    static final JobParameterSpec FORMAT = JobParameterSpec.choice(
            "format", ImportFormat.CHOICES, "auto", "the export's format; auto tells it from the file");

    /** What {@code jobs list} shows and the launcher checks. */
    static final List<JobParameterSpec> SPECS = List.of(FILE, USERNAME, FORMAT);

    ListensImportParameters {
        Objects.requireNonNull(file);
        Objects.requireNonNull(username);
        Objects.requireNonNull(format);
    }

    static ListensImportParameters from(JobParameters parameters) {
        return new ListensImportParameters(
                FILE.path(parameters), USERNAME.value(parameters).filter(s -> !s.isBlank()), FORMAT.text(parameters));
    }
}
