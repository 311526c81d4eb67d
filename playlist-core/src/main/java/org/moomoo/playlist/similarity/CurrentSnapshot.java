package org.moomoo.playlist.similarity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot the engine serves, refreshed when the models are rebuilt. The first reader loads it;
 * afterwards, at most once per check interval, a reader hands the check for a newer published build
 * to a background executor and carries on with the snapshot it has: a new snapshot is built beside
 * the old one and swapped in atomically, so no reader ever waits for a refresh.
 */
public final class CurrentSnapshot implements Supplier<LibrarySnapshot> {

    private static final Logger log = LoggerFactory.getLogger(CurrentSnapshot.class);

    private final SnapshotSource source;
    private final Clock clock;
    private final Duration checkInterval;
    private final Executor background;
    private final AtomicReference<LibrarySnapshot> current = new AtomicReference<>();
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile Instant lastCheck = Instant.MIN;

    public CurrentSnapshot(SnapshotSource source, Clock clock, Duration checkInterval, Executor background) {
        this.source = source;
        this.clock = clock;
        this.checkInterval = checkInterval;
        this.background = background;
    }

    /**
     * A snapshot refreshed on one daemon thread of its own: a refresh never holds up a reader or
     * the end of the process.
     */
    public static CurrentSnapshot refreshedInBackground(SnapshotSource source, Clock clock, Duration checkInterval) {
        return new CurrentSnapshot(source, clock, checkInterval, Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "playlist-library-refresh");
            thread.setDaemon(true);
            return thread;
        }));
    }

    @Override
    public LibrarySnapshot get() {
        LibrarySnapshot snapshot = current.get();
        if (snapshot == null) {
            return firstLoad();
        }
        Instant now = clock.instant();
        if (!now.isBefore(lastCheck.plus(checkInterval)) && checking.compareAndSet(false, true)) {
            lastCheck = now;
            background.execute(() -> {
                try {
                    refresh();
                } catch (RuntimeException e) {
                    // The old snapshot stays in service; the next check tries again.
                    log.warn("could not refresh the playlist library: {}", e.getMessage());
                } finally {
                    checking.set(false);
                }
            });
        }
        return snapshot;
    }

    /** Loads a new snapshot if a newer build was published since the current one; returns the current one. */
    public synchronized LibrarySnapshot refresh() {
        LibrarySnapshot snapshot = current.get();
        if (snapshot == null) {
            return firstLoad();
        }
        if (source.publishedBuild() != snapshot.buildId()) {
            LibrarySnapshot loaded = source.load();
            current.set(loaded);
            log.info("playlist library reloaded: {} embedded files from build {}", loaded.size(), loaded.buildId());
            return loaded;
        }
        return snapshot;
    }

    private synchronized LibrarySnapshot firstLoad() {
        LibrarySnapshot snapshot = current.get();
        if (snapshot == null) {
            snapshot = source.load();
            current.set(snapshot);
            lastCheck = clock.instant();
            log.info("playlist library loaded: {} embedded files from build {}", snapshot.size(), snapshot.buildId());
        }
        return snapshot;
    }
}
