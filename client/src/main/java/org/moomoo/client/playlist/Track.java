package org.moomoo.client.playlist;

import tools.jackson.databind.JsonNode;

/**
 * One track as the client keeps it: its path (library-relative as the server sends it, absolute
 * once mapped), whole-second length, tags and the server's reason object, passed through as it
 * came; every field but {@code filepath} may be null. The server's other fields (MusicBrainz ids,
 * distances) are dropped.
 */
public record Track(
        String filepath, Integer lengthSeconds, String title, String artist, String album, JsonNode reason) {

    /** A track without a reason. */
    public Track(String filepath, Integer lengthSeconds, String title, String artist, String album) {
        this(filepath, lengthSeconds, title, artist, album, null);
    }

    public Track {
        if (filepath == null || filepath.isEmpty()) {
            throw new IllegalArgumentException("a track needs a filepath");
        }
    }

    /** A track known only by its path. */
    public static Track ofPath(String filepath) {
        return new Track(filepath, null, null, null, null);
    }

    /** This track at another path. */
    public Track withFilepath(String newFilepath) {
        return new Track(newFilepath, lengthSeconds, title, artist, album, reason);
    }

    /** The length when it is known and not zero. */
    public boolean hasLength() {
        return lengthSeconds != null && lengthSeconds > 0;
    }

    /** "artist - title", the title alone, or empty when the tags are unknown. */
    public String displayName() {
        if (title == null) {
            return "";
        }
        return artist == null ? title : artist + " - " + title;
    }
}
