package org.moomoo.jobs.listens;

import java.time.Instant;
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
 * The parameters of {@code listens} (spec/ingest.md 5.5), read once from the job's parameters.
 *
 * @param username   the ListenBrainz user, from {@code username=} or else {@code $LISTENBRAINZ_USERNAME}
 * @param sinceLast  whether to start from the newest stored listen of the user
 * @param from       the earliest listen time to fetch, or null with {@code sinceLast}
 * @param to         the latest listen time to fetch, or null for the start of the run
 * @param bufferDays with {@code sinceLast}, how many days before the newest stored listen to start
 */
record ListensParameters(String username, boolean sinceLast, Instant from, Instant to, int bufferDays) {

    static final JobParameterSpec USERNAME = ListenBrainzUser.USERNAME;
    static final JobParameterSpec SINCE_LAST = JobParameterSpec.optional(
            "since-last", Kind.BOOLEAN, "false", "start from the newest stored listen of the user");
    static final JobParameterSpec FROM =
            JobParameterSpec.optional("from", Kind.TEXT, "the earliest listen time, e.g. 2022-01-01 (UTC)");
    static final JobParameterSpec TO =
            JobParameterSpec.optional("to", Kind.TEXT, "the latest listen time (default: now)");
    static final JobParameterSpec BUFFER_DAYS = JobParameterSpec.optional(
            "buffer-days",
            Kind.TEXT,
            "0",
            "with since-last=true, start this many days before the newest stored listen");

    /** What {@code jobs list} shows and the launcher checks. */
    static final List<JobParameterSpec> SPECS = List.of(USERNAME, SINCE_LAST, FROM, TO, BUFFER_DAYS);

    ListensParameters {
        Objects.requireNonNull(username);
        if (sinceLast && from != null) {
            throw new IllegalArgumentException("since-last and from are mutually exclusive.");
        }
        if (!sinceLast && from == null) {
            throw new IllegalArgumentException("Must specify either since-last=true or from=DATE");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to.");
        }
    }

    static ListensParameters from(JobParameters parameters) {
        return of(name -> Optional.ofNullable(parameters.getString(name)));
    }

    /** The launcher's check, so that parameters that do not go together stop the job before it starts. */
    static void check(Map<String, String> values) {
        of(name -> Optional.ofNullable(values.get(name)));
    }

    private static ListensParameters of(Function<String, Optional<String>> values) {
        String username = ListenBrainzUser.resolve(values.apply(USERNAME.name()));
        boolean sinceLast = values.apply(SINCE_LAST.name())
                .map(SINCE_LAST::normalise)
                .map(Boolean::parseBoolean)
                .orElse(false);
        Instant from = values.apply(FROM.name())
                .map(text -> IsoDates.parse(FROM.name(), text))
                .orElse(null);
        Instant to = values.apply(TO.name())
                .map(text -> IsoDates.parse(TO.name(), text))
                .orElse(null);
        return new ListensParameters(username, sinceLast, from, to, bufferDays(values.apply(BUFFER_DAYS.name())));
    }

    private static int bufferDays(Optional<String> text) {
        String value = text.orElse(BUFFER_DAYS.defaultValue()).trim();
        if (!value.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("buffer-days=" + value + ": expected a whole number of at least 0");
        }
        return Integer.parseInt(value);
    }
}
