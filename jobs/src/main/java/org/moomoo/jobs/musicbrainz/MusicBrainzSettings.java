package org.moomoo.jobs.musicbrainz;

import java.time.Duration;
import java.util.Objects;
import org.moomoo.jobs.launcher.JobRefusedException;

/**
 * How the MusicBrainz client reaches the web service.
 *
 * @param baseUrl        the web service root, e.g. {@code https://musicbrainz.org/ws/2/}
 * @param contactEmail   the contact put in the User-Agent; MusicBrainz asks every client for one
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout    the longest wait for the next bytes of an answer
 * @param callTimeout    the longest a whole call (connect, send, read the body) may take; it cancels the call
 * @param minInterval    the least time between the starts of two requests of the process
 */
public record MusicBrainzSettings(
        String baseUrl,
        String contactEmail,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        Duration minInterval) {

    /** The public service. */
    public static final String DEFAULT_URL = "https://musicbrainz.org/ws/2/";

    /** The variable that names the contact. */
    public static final String CONTACT_ENV = "MOOMOO_CONTACT_EMAIL";

    public MusicBrainzSettings {
        Objects.requireNonNull(baseUrl);
        contactEmail = contactEmail == null ? "" : contactEmail.trim();
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(readTimeout);
        Objects.requireNonNull(callTimeout);
        Objects.requireNonNull(minInterval);
    }

    /**
     * Refuses a job that would call MusicBrainz without a contact, before it changes anything.
     *
     * @throws JobRefusedException naming the variable to set
     */
    public void requireContact(String jobName) {
        if (contactEmail.isEmpty()) {
            throw new JobRefusedException(jobName + " calls MusicBrainz, which asks every client for a contact: set "
                    + CONTACT_ENV + " to your e-mail address and run it again");
        }
    }

    /** {@code moomoo/<version> ( <contact> )}. */
    String userAgent() {
        String version = MusicBrainzSettings.class.getPackage().getImplementationVersion();
        return "moomoo/" + (version == null ? "dev" : version) + " ( " + contactEmail + " )";
    }
}
