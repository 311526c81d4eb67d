package org.moomoo.playlist.track;

import java.util.List;

/** A titled, ordered list of tracks; title and description may be null. */
public record Playlist(String title, String description, List<Track> tracks) {

    public Playlist {
        tracks = List.copyOf(tracks);
    }
}
