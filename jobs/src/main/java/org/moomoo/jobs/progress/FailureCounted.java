package org.moomoo.jobs.progress;

/**
 * An item that can be written as a recorded failure (a bad file kept with its reason), so that the
 * progress summary can count failures apart from successes.
 */
public interface FailureCounted {

    /** True when this item records a failure rather than a result. */
    boolean failed();
}
