package org.moomoo.playlist.similarity;

import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;

/**
 * A track of a similarity stream with the artist identities the per-artist limit counts
 * (DESIGN 9.19): the {@code artist_key} and {@code album_artist_key} of {@code local_files}, an
 * MBID's text or a normalised name or folder. A null key is no artist: it limits nothing and
 * matches no other track.
 */
public record Candidate(Track track, String artistKey, String albumArtistKey) {

    public Candidate {
        if (track == null) {
            throw new IllegalArgumentException("a candidate needs a track");
        }
    }

    /** This candidate with its track's reason. */
    public Candidate withReason(Reason reason) {
        return new Candidate(track.withReason(reason), artistKey, albumArtistKey);
    }
}
