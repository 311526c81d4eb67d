package org.moomoo.playlist.similarity;

import java.util.UUID;

/**
 * One embedded file of {@code local_files} as the engine holds it: its path, MusicBrainz ids, tag
 * length (null when unknown) and conditioned vector.
 */
public record LibraryRow(
        String filepath,
        UUID recordingMbid,
        UUID releaseMbid,
        UUID releaseGroupMbid,
        UUID artistMbid,
        UUID albumArtistMbid,
        Float trackLengthSeconds,
        float[] vector) {

    public LibraryRow {
        if (filepath == null || vector == null) {
            throw new IllegalArgumentException("a library row needs a filepath and a vector");
        }
    }
}
