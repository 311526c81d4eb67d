package org.moomoo.jobs.musicbrainz;

import java.time.Duration;

/**
 * The process's one schedule of MusicBrainz requests: each request takes the next free slot, at
 * least {@code minInterval} after the previous one, whichever thread asks. MusicBrainz allows one
 * request a second per client; a sleep per call would not hold that once two threads call.
 */
public final class RequestSchedule {

    private final long intervalNanos;
    private long nextSlotNanos;
    private boolean started;

    public RequestSchedule(Duration minInterval) {
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("the interval between MusicBrainz requests cannot be negative");
        }
        this.intervalNanos = minInterval.toNanos();
    }

    /**
     * Waits for this caller's slot.
     *
     * @throws InterruptedException when the thread is interrupted while it waits; the slot is lost
     */
    public void awaitSlot() throws InterruptedException {
        long slot = reserve();
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private synchronized long reserve() {
        long now = System.nanoTime();
        long slot = !started || now - nextSlotNanos > 0 ? now : nextSlotNanos;
        started = true;
        nextSlotNanos = slot + intervalNanos;
        return slot;
    }
}
