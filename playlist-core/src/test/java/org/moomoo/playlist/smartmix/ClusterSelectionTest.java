package org.moomoo.playlist.smartmix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterSelectionTest {

    private static final int N = Hdbscan.NOISE;

    @Test
    void allNoiseGivesNoCluster() {
        int[] labels = new int[60];
        Arrays.fill(labels, N);

        assertThat(ClusterSelection.select(labels, PoolTracks.distinctArtists(60), PoolTracks.uniform(60), 15))
                .isEmpty();
    }

    @Test
    void aClusterOfOneArtistIsDropped() {
        int[] labels = new int[10];
        List<PoolTrack> oneArtist = PoolTracks.byArtists(7, 7, 7, 7, 7, 7, 7, 7, 7, 7);

        assertThat(ClusterSelection.select(labels, oneArtist, PoolTracks.uniform(10), 15))
                .isEmpty();
    }

    @Test
    void keepsClustersOfThreeArtistsAndDropsSmallerOnes() {
        int[] labels = {0, 1, 0, 0, 1};

        assertThat(ClusterSelection.select(labels, PoolTracks.distinctArtists(5), PoolTracks.uniform(5), 15))
                .containsExactly(List.of(0, 2, 3));
    }

    @Test
    void dropsAClusterOfMoreThanEightArtists() {
        int[] labels = new int[23];
        for (int i = 20; i < 23; i++) {
            labels[i] = 1;
        }

        assertThat(ClusterSelection.select(labels, PoolTracks.distinctArtists(23), PoolTracks.uniform(23), 15))
                .containsExactly(List.of(20, 21, 22));
    }

    @Test
    void countsDistinctArtistsNotTracks() {
        int[] labels = {0, 0, 0, 0};
        List<PoolTrack> threeArtists = PoolTracks.byArtists(1, 1, 2, 3);

        assertThat(ClusterSelection.select(labels, threeArtists, PoolTracks.uniform(4), 15))
                .hasSize(1);
    }

    @Test
    void keepsClustersInOrderOfFirstAppearanceWhenAllFit() {
        int[] labels = {1, 0, 1, 0, 1, 0};

        assertThat(ClusterSelection.select(labels, PoolTracks.distinctArtists(6), PoolTracks.uniform(6), 15))
                .containsExactly(List.of(0, 2, 4), List.of(1, 3, 5));
    }

    @Test
    void keepsTheTightestClustersWhenThereAreMoreThanCount() {
        int[] labels = {0, 0, 0, 1, 1, 1, 1, 1, 2, 2};
        double[][] square = new double[10][10];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                // Cluster 1 (tracks 3-7) is the tightest.
                boolean bothInOne = i >= 3 && i <= 7 && j >= 3 && j <= 7;
                square[i][j] = i == j ? 0 : bothInOne ? 0.1 : 0.5;
            }
        }

        List<List<Integer>> chosen =
                ClusterSelection.select(labels, PoolTracks.distinctArtists(10), DistanceMatrix.of(square), 1);

        assertThat(chosen).containsExactly(List.of(3, 4, 5, 6, 7));
    }

    @Test
    void theMeanDistanceAveragesUnorderedPairs() {
        double[][] square = {{0, 1, 2}, {1, 0, 3}, {2, 3, 0}};

        assertThat(ClusterSelection.meanDistance(List.of(0, 1, 2), DistanceMatrix.of(square)))
                .isEqualTo(2.0);
        assertThat(ClusterSelection.meanDistance(Collections.singletonList(0), DistanceMatrix.of(square)))
                .isZero();
    }
}
