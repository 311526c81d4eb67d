package org.moomoo.jobs.listenbrainzdump;

/** The FTP server could not be reached, refused a command, or a transfer broke off. */
final class DumpsFtpException extends RuntimeException {

    DumpsFtpException(String message) {
        super(message);
    }

    DumpsFtpException(String message, Throwable cause) {
        super(message, cause);
    }
}
