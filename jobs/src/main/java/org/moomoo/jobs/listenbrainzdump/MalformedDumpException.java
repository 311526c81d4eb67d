package org.moomoo.jobs.listenbrainzdump;

/** A dump archive that cannot be read: truncated, corrupt, or with a malformed listen. */
final class MalformedDumpException extends RuntimeException {

    MalformedDumpException(String message) {
        super(message);
    }

    MalformedDumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
