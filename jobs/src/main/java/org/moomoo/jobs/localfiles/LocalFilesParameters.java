package org.moomoo.jobs.localfiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code local-files}, read once from the job's parameters.
 *
 * @param library the music folder, absolute and normalised
 * @param replace whether the scan may change the recorded music folder or remove more than half of the known files
 */
record LocalFilesParameters(Path library, boolean replace) {

    static final JobParameterSpec LIBRARY =
            JobParameterSpec.required("library", Kind.DIRECTORY, "the music folder to scan");
    static final JobParameterSpec REPLACE = JobParameterSpec.optional(
            "replace",
            Kind.BOOLEAN,
            "false",
            "true to make library= the music folder when it is not the recorded one, or to remove more than half "
                    + "of the known files");

    /** What {@code jobs list} shows and the launcher checks. */
    static final List<JobParameterSpec> SPECS = List.of(LIBRARY, REPLACE);

    LocalFilesParameters {
        Objects.requireNonNull(library);
    }

    static LocalFilesParameters from(JobParameters parameters) {
        return new LocalFilesParameters(LIBRARY.path(parameters), REPLACE.flag(parameters));
    }
}
