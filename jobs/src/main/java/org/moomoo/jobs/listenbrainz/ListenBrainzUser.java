package org.moomoo.jobs.listenbrainz;

import java.util.Optional;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;

/** The {@code username=} of the ListenBrainz jobs, which falls back on {@code $LISTENBRAINZ_USERNAME}. */
public final class ListenBrainzUser {

    /** The variable that names the user when {@code username=} is not given. */
    public static final String USERNAME_ENV = "LISTENBRAINZ_USERNAME";

    /** The parameter, as {@code jobs list} shows it. */
    public static final JobParameterSpec USERNAME =
            JobParameterSpec.optional("username", Kind.TEXT, "the ListenBrainz user (default $" + USERNAME_ENV + ")");

    private ListenBrainzUser() {}

    /**
     * The given user name, else the environment's.
     *
     * @throws IllegalArgumentException saying what to give when neither names a user
     */
    public static String resolve(Optional<String> given) {
        return given.filter(name -> !name.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(USERNAME_ENV)).filter(name -> !name.isBlank()))
                .orElseThrow(() -> new IllegalArgumentException("give username=... or set " + USERNAME_ENV));
    }
}
