package org.moomoo.jobs.collections;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.topartists.HistoryLength;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of the collection jobs, read once from the job's parameters; a job that does not
 * take one of them (its description leaves it out) gets its default.
 *
 * @param username the ListenBrainz user, from {@code username=} or else the environment
 * @param count    most playlists to make
 * @param force    whether a collection that is not stale is rebuilt all the same
 * @param seed     the seed of the random choices, or null for a new one each run
 * @param history  whose listens count (top-artists)
 * @param replace  whether existing collections are dropped and created anew (create-collections)
 */
record CollectionParameters(
        String username, int count, boolean force, Long seed, HistoryLength history, boolean replace) {

    /** The original's default for the user, as in its playlist commands. */
    static final String USERNAME_ENV = "LISTENBRAINZ_USERNAME";

    static final JobParameterSpec USERNAME =
            JobParameterSpec.optional("username", Kind.TEXT, "the ListenBrainz user (default $" + USERNAME_ENV + ")");
    static final JobParameterSpec COUNT =
            JobParameterSpec.optional("count", Kind.POSITIVE_INT, "15", "most playlists to make");
    static final JobParameterSpec FORCE =
            JobParameterSpec.optional("force", Kind.BOOLEAN, "false", "rebuild even when the collection is not stale");
    static final JobParameterSpec SEED = JobParameterSpec.optional(
            "seed",
            Kind.POSITIVE_INT,
            "seed of the random choices, for a reproducible run (default: a new one each run)");
    static final JobParameterSpec HISTORY_LENGTH = JobParameterSpec.choice(
            "history-length",
            HistoryLength.parameters(),
            "lifetime",
            "listens of the last 30, 60 or 90 days, or of all time");
    static final JobParameterSpec REPLACE = JobParameterSpec.optional(
            "replace", Kind.BOOLEAN, "false", "drop existing collections, with their playlists, and create them anew");

    private static final String NO_USERNAME = "give username=... or set " + USERNAME_ENV;

    CollectionParameters {
        Objects.requireNonNull(username);
        Objects.requireNonNull(history);
        if (count < 1) {
            throw new IllegalArgumentException("count=" + count + ": expected a whole number of at least 1");
        }
    }

    /** The parameters of the running job; the user falls back on the environment. */
    static CollectionParameters from(JobParameters parameters) {
        String username = USERNAME.value(parameters)
                .filter(name -> !blank(name))
                .or(() -> Optional.ofNullable(System.getenv(USERNAME_ENV)).filter(name -> !blank(name)))
                .orElseThrow(() -> new IllegalArgumentException(NO_USERNAME));
        return new CollectionParameters(
                username,
                COUNT.number(parameters),
                FORCE.flag(parameters),
                SEED.value(parameters).map(Long::valueOf).orElse(null),
                HistoryLength.of(HISTORY_LENGTH.text(parameters)),
                REPLACE.flag(parameters));
    }

    /** The launcher's check: a user must be named, by parameter or by the environment. */
    static void requireUsername(Map<String, String> values) {
        if (!values.containsKey(USERNAME.name()) && blank(System.getenv(USERNAME_ENV))) {
            throw new IllegalArgumentException(NO_USERNAME);
        }
    }

    /** A generator seeded by {@link #seed}, or a fresh unpredictable one when there is none. */
    RandomGenerator random() {
        return seed == null ? new SplittableRandom() : new SplittableRandom(seed);
    }

    /**
     * The engine's generators drawing from {@code random} when a seed was given, so that seed=N
     * fixes the whole playlists and not only the job's own choices; else as the application set
     * them up ({@code moomoo.playlist.random-seed}).
     */
    Generators seeded(Generators generators, RandomGenerator random) {
        return seed == null ? generators : generators.drawingFrom(random);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
