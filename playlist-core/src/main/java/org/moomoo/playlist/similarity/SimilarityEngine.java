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

    /**
     * Candidates a query's heap holds at first: enough for a playlist of a few dozen rows in a
     * library of 100,000 files without loading more, few enough to order quickly.
     */
    static final int FIRST_LOAD = 1024;

    private final Supplier<LibrarySnapshot> snapshots;
    private final int firstLoad;

    public SimilarityEngine(Supplier<LibrarySnapshot> snapshots) {
        this(snapshots, FIRST_LOAD);
    }

    /** An engine whose queries load {@code firstLoad} candidates at first, so tests can make them load often. */
    SimilarityEngine(Supplier<LibrarySnapshot> snapshots, int firstLoad) {
        this.snapshots = snapshots;
        this.firstLoad = firstLoad;
    }

    @Override
    public Iterator<Candidate> candidates(StreamRequest request) {
        LibrarySnapshot snapshot = snapshots.get();
        SeedSet seeds = SeedSet.of(snapshot, request);
        if (seeds.isEmpty()) {
            return Collections.emptyIterator();
        }
        return new SimilarityQuery(snapshot, seeds, request, firstLoad);
    }
}
