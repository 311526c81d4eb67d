package org.moomoo.client;

import java.time.Duration;

/** Waits; tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** The real clock's sleep. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
