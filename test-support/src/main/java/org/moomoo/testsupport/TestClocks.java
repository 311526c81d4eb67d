package org.moomoo.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Clocks for tests whose outcome would otherwise depend on the hour they run at. */
public final class TestClocks {

    private TestClocks() {}

    /**
     * A clock that ticks like the system's but starts at 12:00 UTC of the current day: five hours
     * from the 07:00 UTC collection refresh, so "fresh after a refresh" holds whenever the tests run,
     * while code that waits for time to pass still sees it pass.
     */
    public static Clock tickingFromNoon() {
        Instant now = Instant.now();
        Instant noon = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));
        return Clock.offset(Clock.system(ZoneOffset.UTC), Duration.between(now, noon));
    }
}
