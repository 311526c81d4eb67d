package org.moomoo.playlist.similarity;

import java.util.UUID;
import org.moomoo.playlist.track.Track;

/**
 * One file of {@code local_files} as the engine holds it: its path, MusicBrainz ids, the artist
 * identities the per-artist limit counts ({@code artist_key}, {@code album_artist_key}: an MBID's
 * text, else a normalised name or folder; null matches nothing), tag length (null when unknown) and
 * conditioned vector, null unless the file is embedded (a successful embedding of at least 60 s,
 * spec 2.1): such a file can be a source track but never a seed or a candidate of the similarity
 * stream.
 */
public record LibraryRow(
        String filepath,
        UUID recordingMbid,
        UUID releaseMbid,
        UUID releaseGroupMbid,
        UUID artistMbid,
        UUID albumArtistMbid,
        String artistKey,
        String albumArtistKey,
        Float trackLengthSeconds,
        float[] vector) {

    /** Whether the file has a usable conditioned vector. */
    public boolean embedded() {
        return vector != null;
    }

    public LibraryRow {
        if (filepath == null) {
            throw new IllegalArgumentException("a library row needs a filepath");
        }
    }

    /** The file as a track: album artist falling back to the track artist, whole-second length. */
    Track track(Double matchDistance, boolean seed) {
        return new Track(
                filepath,
                recordingMbid,
                releaseMbid,
                releaseGroupMbid,
                artistMbid,
                albumArtistMbid != null ? albumArtistMbid : artistMbid,
                trackLengthSeconds == null ? null : (int) Math.floor(trackLengthSeconds),
                matchDistance,
                seed);
    }
}
