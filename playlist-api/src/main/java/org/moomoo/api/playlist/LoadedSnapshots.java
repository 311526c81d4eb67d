package org.moomoo.api.playlist;

import java.time.Clock;
import java.time.Instant;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import org.moomoo.playlist.similarity.SnapshotSource;

/** A {@link SnapshotSource} that remembers the last snapshot it loaded and when, for the health endpoint. */
final class LoadedSnapshots implements SnapshotSource {

    /** The last snapshot loaded and when. */
    record Loaded(LibrarySnapshot snapshot, Instant at) {}

    private final SnapshotSource source;
    private final Clock clock;
    private volatile Loaded last;

    LoadedSnapshots(SnapshotSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Override
    public long publishedBuild() {
        return source.publishedBuild();
    }

    @Override
    public LibrarySnapshot load() {
        LibrarySnapshot snapshot = source.load();
        last = new Loaded(snapshot, clock.instant());
        return snapshot;
    }

    /** The last load; null before the first. */
    Loaded last() {
        return last;
    }
}
