package org.moomoo.jobs.similaruseractivity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.moomoo.jobs.listenbrainz.ListenBrainzUser;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code similar-user-activity} (spec/ingest.md 5.7).
 *
 * @param username           the moomoo user, from {@code username=} or else {@code $LISTENBRAINZ_USERNAME}
 * @param skipTimeoutSeconds skip the run when the user's rows are younger than this, or 0 to never skip
 */
record SimilarUserActivityParameters(String username, int skipTimeoutSeconds) {

    static final JobParameterSpec USERNAME = ListenBrainzUser.USERNAME;
    static final JobParameterSpec SKIP_TIMEOUT_SECONDS = JobParameterSpec.optional(
            "skip-timeout-seconds",
            Kind.POSITIVE_INT,
            "do nothing when the user's rows were fetched less than this many seconds ago (default: never skip)");

    /** What {@code jobs list} shows and the launcher checks. */
    static final List<JobParameterSpec> SPECS = List.of(USERNAME, SKIP_TIMEOUT_SECONDS);

    SimilarUserActivityParameters {
        Objects.requireNonNull(username);
    }

    static SimilarUserActivityParameters from(JobParameters parameters) {
        return of(name -> Optional.ofNullable(parameters.getString(name)));
    }

    /** The launcher's check: a user must be named, by parameter or by the environment. */
    static void check(Map<String, String> values) {
        of(name -> Optional.ofNullable(values.get(name)));
    }

    private static SimilarUserActivityParameters of(Function<String, Optional<String>> values) {
        return new SimilarUserActivityParameters(
                ListenBrainzUser.resolve(values.apply(USERNAME.name())),
                values.apply(SKIP_TIMEOUT_SECONDS.name())
                        .map(SKIP_TIMEOUT_SECONDS::normalise)
                        .map(Integer::parseInt)
                        .orElse(0));
    }
}
