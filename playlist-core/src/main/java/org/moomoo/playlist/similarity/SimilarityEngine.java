package org.moomoo.playlist.similarity;

import java.util.Collections;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * The similarity stream of spec/playlists-http-client.md section 4, served from the in-memory
 * {@link LibrarySnapshot} current when the stream opens: exact, in the spec's order, computed
 * lazily so that a caller who reads twenty rows does not pay for two thousand.
 */
public final class SimilarityEngine implements TrackStream {

    private final Supplier<LibrarySnapshot> snapshots;

    public SimilarityEngine(Supplier<LibrarySnapshot> snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public Iterator<Candidate> candidates(StreamRequest request) {
        LibrarySnapshot snapshot = snapshots.get();
        SeedSet seeds = SeedSet.of(snapshot, request);
        if (seeds.isEmpty()) {
            return Collections.emptyIterator();
        }
        return new SimilarityQuery(snapshot, seeds, request);
    }
}
