package org.moomoo.playlist.track;

import java.util.UUID;

/**
 * One track of a playlist (spec/playlists-http-client.md 2.4): a file of the library with its
 * MusicBrainz ids, whole-second length, the distance that selected it, whether it was a seed, and
 * (beyond the spec, for people reading a playlist) its title, artist and album tags and the reason it
 * is in the playlist (issue 15). Every field but {@code filepath} may be null.
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
        Boolean isSeed,
        String title,
        String artist,
        String album,
        Reason reason) {

    public Track {
        if (filepath == null) {
            throw new IllegalArgumentException("a track needs a filepath");
        }
    }

    /**
     * A track of the spec's fields, its tags and reason unknown: the engine and the stored
     * collections know no tags.
     */
    public Track(
            String filepath,
            UUID recordingMbid,
            UUID releaseMbid,
            UUID releaseGroupMbid,
            UUID artistMbid,
            UUID albumArtistMbid,
            Integer trackLengthSeconds,
            Double matchDistance,
            Boolean isSeed) {
        this(
                filepath,
                recordingMbid,
                releaseMbid,
                releaseGroupMbid,
                artistMbid,
                albumArtistMbid,
                trackLengthSeconds,
                matchDistance,
                isSeed,
                null,
                null,
                null,
                null);
    }

    /** This track with its title, artist and album tags (each may be null). */
    public Track withTags(String newTitle, String newArtist, String newAlbum) {
        return new Track(
                filepath,
                recordingMbid,
                releaseMbid,
                releaseGroupMbid,
                artistMbid,
                albumArtistMbid,
                trackLengthSeconds,
                matchDistance,
                isSeed,
                newTitle,
                newArtist,
                newAlbum,
                reason);
    }

    /** This track with the reason it is in its playlist (null for none). */
    public Track withReason(Reason newReason) {
        return new Track(
                filepath,
                recordingMbid,
                releaseMbid,
                releaseGroupMbid,
                artistMbid,
                albumArtistMbid,
                trackLengthSeconds,
                matchDistance,
                isSeed,
                title,
                artist,
                album,
                newReason);
    }

    /** A track known only by its path. */
    public static Track ofPath(String filepath) {
        return new Track(filepath, null, null, null, null, null, null, null, null);
    }
}
