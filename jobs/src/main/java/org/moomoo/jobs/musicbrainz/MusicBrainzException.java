package org.moomoo.jobs.musicbrainz;

import java.io.Serial;

/**
 * A MusicBrainz call that gave no usable answer. {@link Kind#UNREACHABLE} and
 * {@link Kind#CANCELLED} say nothing about the entity asked for, so callers stop rather than
 * record them against it; the other kinds are the entity's recorded failure.
 */
public final class MusicBrainzException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the call failed. */
    public enum Kind {
        /** HTTP 404: MusicBrainz has no such entity. */
        NOT_FOUND,
        /** Another HTTP error status, after the retries where it is retried. */
        HTTP_ERROR,
        /** A body that is not the JSON expected: malformed, cut short, or of another shape. */
        BAD_ANSWER,
        /** No answer at all, after the retries: the service or the network is down. */
        UNREACHABLE,
        /** The call was cancelled because the process is stopping. */
        CANCELLED
    }

    private final Kind kind;

    public MusicBrainzException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the failure belongs to the entity asked for (and is recorded), not to the service. */
    public boolean isEntityFailure() {
        return kind != Kind.UNREACHABLE && kind != Kind.CANCELLED;
    }
}
