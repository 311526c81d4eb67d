package org.moomoo.jobs.listenbrainzdump;

/** Some dumps of a run could not be stored; the message names each and why. */
final class DumpsFailedException extends RuntimeException {

    DumpsFailedException(String message) {
        super(message);
    }
}
