package org.moomoo.jobs.listenbrainz;

/**
 * How many failed items a ListenBrainz job records before it stops (DESIGN 9.19): one bad answer
 * is recorded and the job goes on, but a service that keeps failing stops the job with the last
 * failure instead of recording a failure for every item. Not thread-safe beyond its own methods.
 */
public final class FailureBudget {

    private final int allowed;
    private final boolean consecutive;
    private int failures;

    /**
     * @param allowed     failures tolerated; the next one stops the job
     * @param consecutive whether a success gives the budget back (failures in a row), or failures add up over the run
     */
    public FailureBudget(int allowed, boolean consecutive) {
        this.allowed = allowed;
        this.consecutive = consecutive;
    }

    /** Records a success. */
    public synchronized void succeeded() {
        if (consecutive) {
            failures = 0;
        }
    }

    /**
     * Records a failure.
     *
     * @throws ListenBrainzException carrying {@code failure}'s status and message when the budget is spent
     */
    public synchronized void failed(ListenBrainzException failure) {
        failures++;
        if (failures > allowed) {
            throw new ListenBrainzException(
                    failure.status(),
                    "Too many failures (" + failures + (consecutive ? " in a row" : "") + "), stopping; the last: "
                            + failure.getMessage());
        }
    }
}
