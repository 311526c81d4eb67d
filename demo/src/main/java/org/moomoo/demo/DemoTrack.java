package org.moomoo.demo;

import java.util.UUID;
import org.moomoo.testsupport.audio.SyntheticTracks.Kind;

/**
 * One track of the demo library, with the MusicBrainz ids its tags carry.
 *
 * @param index        position in the library, 0-based
 * @param artist       the artist, who always makes one kind of sound
 * @param album        the album, by {@code artist}
 * @param number       track number on the album, from 1
 * @param title        the title
 * @param recording    the MusicBrainz recording id
 * @param releaseTrack the MusicBrainz release track id
 * @param path         the file, relative to the library root
 */
public record DemoTrack(
        int index,
        DemoArtist artist,
        DemoAlbum album,
        int number,
        String title,
        UUID recording,
        UUID releaseTrack,
        String path) {

    /** The kind of sound, the artist's. */
    public Kind kind() {
        return artist.kind();
    }
}
