package org.moomoo.playlist.track;

import java.util.UUID;

/**
 * One track of a playlist (spec/playlists-http-client.md 2.4): a file of the library with its
 * MusicBrainz ids, whole-second length, the distance that selected it and whether it was a seed.
 * Every field but {@code filepath} may be null.
 */
public record Track(
        String filepath,
        UUID recordingMbid,
        UUID releaseMbid,
        UUID releaseGroupMbid,
        UUID artistMbid,
        UUID albumArtistMbid,
        Integer trackLengthSeconds,
        Double matchDistance,
        Boolean isSeed) {

    public Track {
        if (filepath == null) {
            throw new IllegalArgumentException("a track needs a filepath");
        }
    }

    /** A track known only by its path. */
    public static Track ofPath(String filepath) {
        return new Track(filepath, null, null, null, null, null, null, null, null);
    }
}
