package org.moomoo.playlist.generator;

/**
 * Options of the shared "get tracks" pipeline (spec/playlists-http-client.md 5.3).
 *
 * @param limit total playlist length: shown seeds plus neighbours never exceed it (DESIGN 9)
 * @param limitPerArtist most tracks per artist or album artist; 0 for no limit
 * @param shuffle shuffle the neighbours
 * @param seedCount how many source tracks to show first
 * @param recencyFactor how strongly recently played tracks are pushed away; 0 to ignore
 */
public record TrackOptions(int limit, int limitPerArtist, boolean shuffle, int seedCount, double recencyFactor) {

    public TrackOptions {
        if (seedCount < 0) {
            throw new IllegalArgumentException("seedCount must be zero or more, got " + seedCount);
        }
        if (limitPerArtist < 0) {
            throw new IllegalArgumentException("limitPerArtist must be zero or more, got " + limitPerArtist);
        }
        if (recencyFactor < 0) {
            throw new IllegalArgumentException("recencyFactor must be zero or more, got " + recencyFactor);
        }
    }

    /** 20 tracks, 2 per artist, shuffled, no seeds shown, recency ignored. */
    public static TrackOptions defaults() {
        return new TrackOptions(20, 2, true, 0, 0.0);
    }

    public TrackOptions withLimit(int newLimit) {
        return new TrackOptions(newLimit, limitPerArtist, shuffle, seedCount, recencyFactor);
    }

    public TrackOptions withSeedCount(int newSeedCount) {
        return new TrackOptions(limit, limitPerArtist, shuffle, newSeedCount, recencyFactor);
    }

    public TrackOptions withRecencyFactor(double newRecencyFactor) {
        return new TrackOptions(limit, limitPerArtist, shuffle, seedCount, newRecencyFactor);
    }

    public TrackOptions withShuffle(boolean newShuffle) {
        return new TrackOptions(limit, limitPerArtist, newShuffle, seedCount, recencyFactor);
    }
}
