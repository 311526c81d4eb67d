package org.moomoo.playlist.similarity;

import java.util.Iterator;
import org.moomoo.playlist.track.Track;

/**
 * Candidate tracks ordered by their weighted distance to the seeds (spec/playlists-http-client.md
 * 4.2 to 4.6). The iterator may compute lazily; it must stop early without computing the rest.
 */
@FunctionalInterface
public interface TrackStream {

    /** The candidates with their artist identities, which the {@link Selector} limits. */
    Iterator<Candidate> candidates(StreamRequest request);

    /** The same stream as plain tracks. */
    default Iterator<Track> open(StreamRequest request) {
        Iterator<Candidate> candidates = candidates(request);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return candidates.hasNext();
            }

            @Override
            public Track next() {
                return candidates.next().track();
            }
        };
    }
}
