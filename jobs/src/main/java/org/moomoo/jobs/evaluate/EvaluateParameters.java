package org.moomoo.jobs.evaluate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code evaluate}.
 *
 * @param username    whose listens are held out
 * @param holdoutDays how many days before now are held out, when no cutoff is given
 * @param cutoff      the first held-out day (UTC), or null for {@code holdoutDays} before today
 * @param seed        the seed of every random choice (generators and the random baseline)
 * @param cf          whether the artist-similarity factor (collaborative filtering) is applied
 * @param count       most playlists per collection
 */
record EvaluateParameters(String username, int holdoutDays, LocalDate cutoff, long seed, boolean cf, int count) {

    static final String USERNAME_ENV = "LISTENBRAINZ_USERNAME";

    static final JobParameterSpec USERNAME =
            JobParameterSpec.optional("username", Kind.TEXT, "the ListenBrainz user (default $" + USERNAME_ENV + ")");
    static final JobParameterSpec HOLDOUT_DAYS = JobParameterSpec.optional(
            "holdout-days", Kind.POSITIVE_INT, "28", "hold out the listens of the last N days (without cutoff=)");
    static final JobParameterSpec CUTOFF = JobParameterSpec.optional(
            "cutoff", Kind.TEXT, "hold out the listens from this day on (YYYY-MM-DD, UTC) instead of holdout-days");
    static final JobParameterSpec SEED =
            JobParameterSpec.optional("seed", Kind.POSITIVE_INT, "1", "seed of every random choice");
    static final JobParameterSpec CF = JobParameterSpec.choice(
            "cf", List.of("on", "off"), "on", "apply the artist-similarity factor (collaborative filtering)");
    static final JobParameterSpec COUNT =
            JobParameterSpec.optional("count", Kind.POSITIVE_INT, "15", "most playlists per collection");

    static final List<JobParameterSpec> SPECS = List.of(USERNAME, HOLDOUT_DAYS, CUTOFF, SEED, CF, COUNT);

    private static final String NO_USERNAME = "give username=... or set " + USERNAME_ENV;

    EvaluateParameters {
        Objects.requireNonNull(username);
    }

    static EvaluateParameters from(JobParameters parameters) {
        String username = USERNAME.value(parameters)
                .filter(name -> !name.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(USERNAME_ENV)).filter(name -> !name.isBlank()))
                .orElseThrow(() -> new IllegalArgumentException(NO_USERNAME));
        return new EvaluateParameters(
                username,
                HOLDOUT_DAYS.number(parameters),
                CUTOFF.value(parameters).map(EvaluateParameters::day).orElse(null),
                Long.parseLong(SEED.text(parameters)),
                CF.text(parameters).equals("on"),
                COUNT.number(parameters));
    }

    /** The launcher's check: a user is named, and a cutoff is a day. */
    static void check(Map<String, String> values) {
        String username = values.get(USERNAME.name());
        if ((username == null || username.isBlank())
                && Optional.ofNullable(System.getenv(USERNAME_ENV)).orElse("").isBlank()) {
            throw new IllegalArgumentException(NO_USERNAME);
        }
        if (values.containsKey(CUTOFF.name())) {
            day(values.get(CUTOFF.name()));
            if (values.containsKey(HOLDOUT_DAYS.name())) {
                throw new IllegalArgumentException("give cutoff= or holdout-days=, not both");
            }
        }
    }

    /** The first held-out instant: the cutoff day's midnight, else today's minus the holdout days. */
    Instant cutoffAt(Instant now) {
        if (cutoff != null) {
            return cutoff.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return now.truncatedTo(ChronoUnit.DAYS).minus(holdoutDays, ChronoUnit.DAYS);
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cutoff=" + text + ": expected a day such as 2025-06-01");
        }
    }
}
