package org.moomoo.jobs.listenbrainz;

import java.time.Duration;

/** How the ListenBrainz client waits between calls; tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** The sleeper of production: the calling thread sleeps. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    /** Waits {@code duration}; a non-positive duration returns at once. */
    void sleep(Duration duration) throws InterruptedException;
}
