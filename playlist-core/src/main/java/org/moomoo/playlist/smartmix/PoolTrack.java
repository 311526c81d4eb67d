package org.moomoo.playlist.smartmix;

import java.util.Objects;
import java.util.UUID;

/**
 * A track the user already likes, as smart-mix clusters it.
 *
 * @param artistName the album artist's name when the file has one, else the track artist's
 * @param artistMbid the album artist's MBID when the file has one, else the track artist's
 * @param embedding  the conditioned 50-d audio embedding
 */
public record PoolTrack(String filepath, String trackName, String artistName, UUID artistMbid, float[] embedding) {

    public PoolTrack {
        Objects.requireNonNull(filepath);
        Objects.requireNonNull(artistMbid);
        Objects.requireNonNull(embedding);
    }
}
