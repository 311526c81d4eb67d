package org.moomoo.client.formats;

import java.util.List;
import org.moomoo.client.playlist.Playlist;
import org.moomoo.client.playlist.Track;

/** Small playlists with absolute paths, as the formats receive them. */
final class TestPlaylists {

    private TestPlaylists() {}

    /** Two tagged tracks, one with a path that needs encoding, and one bare track. */
    static Playlist tagged() {
        return new Playlist(
                "Smart Mix 1",
                "Tracks like Artist A & Artist B",
                List.of(
                        new Track("/music/Artist A/Album/01 Seed.flac", 200, "Seed", "Artist A", "Album"),
                        new Track("/music/Artist B/Ünïcode #2.mp3", 181, "Near & <Far>", "Artist B", "Other"),
                        Track.ofPath("/music/Loose/untagged.ogg")));
    }
}
