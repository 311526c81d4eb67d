package org.moomoo.playlist.similarity;

import java.util.Iterator;
import org.moomoo.playlist.track.Track;

/**
 * Candidate tracks ordered by their weighted distance to the seeds (spec/playlists-http-client.md
 * 4.2 to 4.6). The iterator may compute lazily; it must stop early without computing the rest.
 */
@FunctionalInterface
public interface TrackStream {

    Iterator<Track> open(StreamRequest request);
}
