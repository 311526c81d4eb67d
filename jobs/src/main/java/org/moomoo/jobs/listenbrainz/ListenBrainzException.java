package org.moomoo.jobs.listenbrainz;

import java.io.Serial;

/**
 * A ListenBrainz call that gave no usable answer: an HTTP error after the retries, a connection
 * that kept failing, or a body that is not the JSON expected. The message names the endpoint and
 * the reason, never the token.
 */
public final class ListenBrainzException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;

    /** @param status the final HTTP status, or 0 when there was none (connection error, bad body) */
    public ListenBrainzException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The final HTTP status, or 0 when the failure was not an HTTP status. */
    public int status() {
        return status;
    }
}
