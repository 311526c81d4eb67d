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
 * @param nearDuplicateDistance the engine's near-duplicate distance, or null for the conditioner's
 *                    calibrated one
 */
record EvaluateParameters(
        String username,
        int holdoutDays,
        LocalDate cutoff,
        long seed,
        boolean cf,
        int count,
        Double nearDuplicateDistance) {

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

    static final JobParameterSpec NEAR_DUPLICATE = JobParameterSpec.optional(
            "near-duplicate",
            Kind.TEXT,
            "the engine's near-duplicate distance (a number >= 0) instead of the conditioner's calibrated one");

    static final List<JobParameterSpec> SPECS =
            List.of(USERNAME, HOLDOUT_DAYS, CUTOFF, SEED, CF, COUNT, NEAR_DUPLICATE);

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
                COUNT.number(parameters),
                NEAR_DUPLICATE
                        .value(parameters)
                        .map(EvaluateParameters::distance)
                        .orElse(null));
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
        if (values.containsKey(NEAR_DUPLICATE.name())) {
            distance(values.get(NEAR_DUPLICATE.name()));
        }
    }

    /** The first held-out instant: the cutoff day's midnight, else today's minus the holdout days. */
    Instant cutoffAt(Instant now) {
        if (cutoff != null) {
            return cutoff.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return now.truncatedTo(ChronoUnit.DAYS).minus(holdoutDays, ChronoUnit.DAYS);
    }

    private static double distance(String text) {
        double distance;
        try {
            distance = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            distance = Double.NaN;
        }
        if (!(distance >= 0) || Double.isInfinite(distance)) {
            throw new IllegalArgumentException(
                    "near-duplicate=" + text + ": expected a distance of at least 0, such as 0.25");
        }
        return distance;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cutoff=" + text + ": expected a day such as 2025-06-01");
        }
    }
}
