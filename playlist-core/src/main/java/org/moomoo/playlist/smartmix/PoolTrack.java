package org.moomoo.playlist.smartmix;

import java.util.Objects;

/**
 * A track the user already likes, as smart-mix clusters it.
 *
 * @param artistName the album artist's name when the file has one, else the track artist's
 * @param artistKey  the album artist's identity ({@code local_files.album_artist_key}, DESIGN 9.19:
 *                   an MBID's text or a normalised name), which falls back to the track artist's
 * @param embedding  the conditioned 50-d audio embedding
 */
public record PoolTrack(String filepath, String trackName, String artistName, String artistKey, float[] embedding) {

    public PoolTrack {
        Objects.requireNonNull(filepath);
        Objects.requireNonNull(artistKey);
        Objects.requireNonNull(embedding);
    }
}
