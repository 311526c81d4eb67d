package org.moomoo.jobs.localfiles;

import org.moomoo.jobs.launcher.JobRefusedException;

/**
 * A scan that would replace or mostly empty the stored library and was not confirmed with
 * {@code replace=true}; its message says what it would remove and how to confirm. Thrown before
 * anything is written, so the step's rollback leaves every table as it was.
 */
final class ScanRefusedException extends JobRefusedException {

    ScanRefusedException(String message) {
        super(message);
    }
}
