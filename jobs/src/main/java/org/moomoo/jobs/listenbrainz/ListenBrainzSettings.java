package org.moomoo.jobs.listenbrainz;

import java.time.Duration;
import java.util.Objects;

/**
 * How the ListenBrainz client reaches the service.
 *
 * @param baseUrl        the API root, e.g. {@code https://api.listenbrainz.org}
 * @param token          the user token sent as {@code Authorization: Token ...}, or blank for none
 * @param contactEmail   the contact put in the User-Agent, or blank
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout    the longest wait for the next bytes of an answer
 * @param callTimeout    the longest a whole call (connect, send, read the body) may take; it cancels the call
 */
public record ListenBrainzSettings(
        String baseUrl,
        String token,
        String contactEmail,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout) {

    /** The public service. */
    public static final String DEFAULT_URL = "https://api.listenbrainz.org";

    public ListenBrainzSettings {
        Objects.requireNonNull(baseUrl);
        token = token == null ? "" : token.trim();
        contactEmail = contactEmail == null ? "" : contactEmail.trim();
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(readTimeout);
        Objects.requireNonNull(callTimeout);
    }

    /** {@code moomoo/<version> ( <contact> )}, or without the contact when there is none. */
    String userAgent() {
        String version = ListenBrainzSettings.class.getPackage().getImplementationVersion();
        String agent = "moomoo/" + (version == null ? "dev" : version);
        return contactEmail.isEmpty() ? agent : agent + " ( " + contactEmail + " )";
    }

    /** Hides the token from {@code toString}, which logs and failures may show. */
    @Override
    public String toString() {
        return "ListenBrainzSettings[baseUrl=" + baseUrl + ", token=" + (token.isEmpty() ? "none" : "set")
                + ", contactEmail=" + contactEmail + "]";
    }
}
