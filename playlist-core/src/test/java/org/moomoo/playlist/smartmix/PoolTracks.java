package org.moomoo.playlist.smartmix;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Pool tracks for tests: track i is "track-i.flac" with a given artist and a one-hot embedding. */
final class PoolTracks {

    private PoolTracks() {}

    /** Artist {@code number}'s identity, an MBID's text. */
    static String artist(int number) {
        return new UUID(0, number).toString();
    }

    static PoolTrack track(int index, int artistNumber, String artistName) {
        float[] embedding = new float[3];
        embedding[index % 3] = 1;
        return new PoolTrack("track-" + index + ".flac", "Track " + index, artistName, artist(artistNumber), embedding);
    }

    /** Tracks by the given artist numbers, in order. */
    static List<PoolTrack> byArtists(int... artistNumbers) {
        List<PoolTrack> tracks = new ArrayList<>();
        for (int i = 0; i < artistNumbers.length; i++) {
            tracks.add(track(i, artistNumbers[i], "Artist " + artistNumbers[i]));
        }
        return tracks;
    }

    /** Tracks with a distinct artist each. */
    static List<PoolTrack> distinctArtists(int count) {
        int[] artists = new int[count];
        for (int i = 0; i < count; i++) {
            artists[i] = i;
        }
        return byArtists(artists);
    }

    /** All distances 1. */
    static DistanceMatrix uniform(int size) {
        double[][] square = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                square[i][j] = i == j ? 0 : 1;
            }
        }
        return DistanceMatrix.of(square);
    }
}
