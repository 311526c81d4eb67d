package org.moomoo.playlist.smartmix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.similarity.CfMultiplier;

class DistanceMatrixTest {

    private static PoolTrack track(String path, int artist, float... embedding) {
        return new PoolTrack(path, path, "Artist " + artist, PoolTracks.artist(artist), embedding);
    }

    @Test
    void unrelatedArtistsAtTheBaselineKeepTheCosineDistance() {
        List<PoolTrack> pool = List.of(track("a", 1, 1, 0), track("b", 2, 1, 1));
        ArtistSimilarity baselineOnly =
                ArtistSimilarity.of(List.of(PoolTracks.artist(1), PoolTracks.artist(2)), Map.of());

        DistanceMatrix distances = DistanceMatrix.of(pool, baselineOnly);

        assertThat(distances.get(0, 1)).isCloseTo(1 - Math.sqrt(0.5), within(1e-6));
        assertThat(distances.get(1, 0)).isEqualTo(distances.get(0, 1));
        assertThat(distances.get(0, 0)).isZero();
    }

    @Test
    void twoTracksOfOneArtistComeCloserByTheFullSimilarityMultiplier() {
        List<PoolTrack> pool = List.of(track("a", 1, 1, 0), track("b", 1, 1, 1));
        ArtistSimilarity oneArtist = ArtistSimilarity.of(List.of(PoolTracks.artist(1)), Map.of());

        DistanceMatrix distances = DistanceMatrix.of(pool, oneArtist);

        double multiplier = Math.exp((1.0 - CfMultiplier.BASELINE) * 0.5);
        assertThat(multiplier).isCloseTo(1.375, within(0.001));
        assertThat(distances.get(0, 1)).isCloseTo((1 - Math.sqrt(0.5)) / multiplier, within(1e-6));
    }

    @Test
    void readsBackTheUpperTriangleOfASquareArray() {
        double[][] square = {{0, 1, 2, 3}, {1, 0, 4, 5}, {2, 4, 0, 6}, {3, 5, 6, 0}};

        DistanceMatrix distances = DistanceMatrix.of(square);

        assertThat(distances.get(2, 3)).isEqualTo(6);
        assertThat(distances.get(3, 1)).isEqualTo(5);
        assertThat(distances.get(0, 2)).isEqualTo(2);
    }
}
