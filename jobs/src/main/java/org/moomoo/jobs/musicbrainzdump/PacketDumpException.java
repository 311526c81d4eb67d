package org.moomoo.jobs.musicbrainzdump;

/** A MetaBrainz dump could not be fetched or read; the message says which and why. */
final class PacketDumpException extends RuntimeException {

    PacketDumpException(String message) {
        super(message);
    }

    PacketDumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
