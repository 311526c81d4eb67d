package org.moomoo.jobs.feedback;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.listenbrainz.ListenBrainzUser;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code listenbrainz-feedback}.
 *
 * @param username the ListenBrainz user, from {@code username=} or else {@code $LISTENBRAINZ_USERNAME}
 */
record FeedbackParameters(String username) {

    static final JobParameterSpec USERNAME = ListenBrainzUser.USERNAME;

    /** What {@code jobs list} shows and the launcher checks. */
    static final List<JobParameterSpec> SPECS = List.of(USERNAME);

    FeedbackParameters {
        Objects.requireNonNull(username);
    }

    static FeedbackParameters from(JobParameters parameters) {
        return new FeedbackParameters(
                ListenBrainzUser.resolve(Optional.ofNullable(parameters.getString(USERNAME.name()))));
    }

    /** The launcher's check: a user must be named, by parameter or by the environment. */
    static void check(Map<String, String> values) {
        ListenBrainzUser.resolve(Optional.ofNullable(values.get(USERNAME.name())));
    }
}
