package org.moomoo.jobs.collections;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;

/** The parameters the collection jobs share, and how their values become what the builders take. */
final class CollectionParameters {

    /** The original's default for the user, as in its playlist commands. */
    static final String USERNAME_ENV = "LISTENBRAINZ_USERNAME";
    static final int DEFAULT_COUNT = 15;

    static final JobParameterSpec USERNAME = JobParameterSpec.optional("username", Kind.TEXT,
            "the ListenBrainz user (default $" + USERNAME_ENV + ")");
    static final JobParameterSpec COUNT = JobParameterSpec.optional("count", Kind.POSITIVE_INT,
            "most playlists to make (default " + DEFAULT_COUNT + ")");
    static final JobParameterSpec FORCE = JobParameterSpec.optional("force", Kind.BOOLEAN,
            "rebuild even when the collection is not stale (default false)");
    static final JobParameterSpec SEED = JobParameterSpec.optional("seed", Kind.POSITIVE_INT,
            "seed of the random choices, for a reproducible run (default: a new one each run)");

    private static final String NO_USERNAME = "give username=... or set " + USERNAME_ENV;

    private CollectionParameters() {
    }

    /** The description check: a user must be named, by parameter or by the environment. */
    static void requireUsername(Map<String, String> values) {
        if (!values.containsKey(USERNAME.name()) && blank(System.getenv(USERNAME_ENV))) {
            throw new IllegalArgumentException(NO_USERNAME);
        }
    }

    /** The user named by the parameter, else by the environment. */
    static String username(String parameter) {
        if (!blank(parameter)) {
            return parameter;
        }
        String fromEnvironment = System.getenv(USERNAME_ENV);
        if (blank(fromEnvironment)) {
            throw new IllegalArgumentException(NO_USERNAME);
        }
        return fromEnvironment;
    }

    /** The {@code count} parameter's value, or its default. */
    static int count(String parameter) {
        return parameter == null ? DEFAULT_COUNT : Integer.parseInt(parameter);
    }

    /** A generator seeded by {@code seed}, or a fresh unpredictable one when it is null. */
    static RandomGenerator random(String seed) {
        return seed == null ? new SplittableRandom() : new SplittableRandom(Long.parseLong(seed));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
