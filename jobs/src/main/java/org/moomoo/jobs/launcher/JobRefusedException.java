package org.moomoo.jobs.launcher;

/**
 * A job that stops before changing anything because going on needs the user's decision (another
 * music folder, a scan that would remove most of the library). Its message says what to check or
 * how to confirm, so the launcher does not add its usual "run the same command again" hint: the
 * same command would only be refused again.
 */
public class JobRefusedException extends RuntimeException {

    public JobRefusedException(String message) {
        super(message);
    }
}
