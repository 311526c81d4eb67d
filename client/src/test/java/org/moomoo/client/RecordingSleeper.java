package org.moomoo.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that records each wait and returns at once. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
