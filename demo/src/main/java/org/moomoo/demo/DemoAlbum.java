package org.moomoo.demo;

import java.util.UUID;

/**
 * An album of the demo library.
 *
 * @param artist       the album artist
 * @param title        the title
 * @param year         the release year
 * @param release      the MusicBrainz release id
 * @param releaseGroup the MusicBrainz release group id
 * @param extension    the file type of its tracks: {@code ogg}, {@code opus} or {@code flac}
 */
public record DemoAlbum(DemoArtist artist, String title, int year, UUID release, UUID releaseGroup, String extension) {

    /** The album's folder, relative to the library root. */
    public String folder() {
        return artist.name() + "/" + title + " (" + year + ")";
    }
}
