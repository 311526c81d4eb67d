package org.moomoo.playlist.smartmix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Leaf selection with min cluster size 3 and min samples 3 against clusterings worked out by hand
 * (the steps are in the comments), plus one larger sample with a known ground truth.
 */
class HdbscanTest {

    private final Hdbscan hdbscan = new Hdbscan(3, 3);

    private static DistanceMatrix euclidean(double[][] points) {
        double[][] square = new double[points.length][points.length];
        for (int i = 0; i < points.length; i++) {
            for (int j = 0; j < points.length; j++) {
                double sum = 0;
                for (int k = 0; k < points[i].length; k++) {
                    sum += (points[i][k] - points[j][k]) * (points[i][k] - points[j][k]);
                }
                square[i][j] = Math.sqrt(sum);
            }
        }
        return DistanceMatrix.of(square);
    }

    private static DistanceMatrix line(double... positions) {
        double[][] points = new double[positions.length][];
        for (int i = 0; i < positions.length; i++) {
            points[i] = new double[] {positions[i]};
        }
        return euclidean(points);
    }

    /** Blobs of five points around the corners of a large square, jitter 0.1. */
    private static double[][] fourBlobsOfFive() {
        Random random = new Random(5);
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
        double[][] points = new double[20][];
        for (int i = 0; i < 20; i++) {
            double[] centre = centres[i / 5];
            points[i] = new double[] {centre[0] + random.nextDouble() * 0.1, centre[1] + random.nextDouble() * 0.1};
        }
        return points;
    }

    // Five points cannot split into two groups of three, so each blob is a leaf, and the blobs
    // split from one another higher up: exactly the four blobs, nothing left as noise.
    @Test
    void wellSeparatedBlobsAreOneClusterEach() {
        int[] labels = hdbscan.leafLabels(euclidean(fourBlobsOfFive()));

        for (int blob = 0; blob < 4; blob++) {
            int label = labels[blob * 5];
            assertThat(label).isNotEqualTo(Hdbscan.NOISE);
            for (int i = blob * 5; i < blob * 5 + 5; i++) {
                assertThat(labels[i]).isEqualTo(label);
            }
        }
        assertThat(Set.of(labels[0], labels[5], labels[10], labels[15])).hasSize(4);
    }

    // On a line: A1 = {0, 0.1, 0.2}, A2 = {0.45, 0.55, 0.65}, B = {100, 100.1, 100.2, 100.3}.
    // Core distances (2nd nearest other) are 0.2 at the ends of each group and 0.1 inside, so A1
    // and A2 each form at mutual reachability 0.2, join into A at 0.25 (the gap), and A meets B at
    // about 99.35. Condensed tree: root -> {A (6), B (4)}; A -> {A1 (3), A2 (3)} at lambda 4; A1 and
    // A2 dissolve at lambda 5. Stabilities: A1 = A2 = 3 * (5 - 4) = 3, A = 6 * (4 - 0.01) = 23.9, so
    // excess of mass would select A; leaf selection selects A1, A2 and B.
    @Test
    void leafSelectionSplitsANestedClusterThatExcessOfMassWouldKeepWhole() {
        int[] labels = hdbscan.leafLabels(line(0, 0.1, 0.2, 0.45, 0.55, 0.65, 100, 100.1, 100.2, 100.3));

        assertThat(labels).doesNotContain(Hdbscan.NOISE);
        assertThat(labels[0]).isEqualTo(labels[1]).isEqualTo(labels[2]);
        assertThat(labels[3]).isEqualTo(labels[4]).isEqualTo(labels[5]);
        assertThat(labels[6]).isEqualTo(labels[7]).isEqualTo(labels[8]).isEqualTo(labels[9]);
        assertThat(Set.of(labels[0], labels[3], labels[6])).hasSize(3);
    }

    // Gaps 1.0, 1.1, ..., 1.8 between ten points on a line. Inside, a point's core distance is its
    // right-hand gap, so the edge k..k+1 weighs gap(k+1); the end points' cores are 2.1 and 3.5.
    // The chain therefore grows one point at a time from the left, and walking down from the root
    // every split sheds a single point: the tree never splits into two clusters of three, the root
    // is the only cluster, and with no single cluster allowed every point is noise.
    @Test
    void aTreeThatNeverSplitsLeavesEveryPointNoise() {
        double[] positions = new double[10];
        for (int i = 1; i < 10; i++) {
            positions[i] = positions[i - 1] + 1.0 + 0.1 * (i - 1);
        }

        assertThat(hdbscan.leafLabels(line(positions))).containsOnly(Hdbscan.NOISE);
    }

    // The outlier leaves the root at the first split (a side of one point) and is never in a leaf.
    @Test
    void aFarOutlierIsNoise() {
        int[] labels = hdbscan.leafLabels(line(0, 0.1, 0.25, 0.3, 0.42, 50, 50.1, 50.25, 50.3, 50.42, 500));

        assertThat(labels[10]).isEqualTo(Hdbscan.NOISE);
        assertThat(labels[0]).isNotEqualTo(Hdbscan.NOISE).isEqualTo(labels[4]);
        assertThat(labels[5]).isNotEqualTo(Hdbscan.NOISE).isEqualTo(labels[9]).isNotEqualTo(labels[0]);
    }

    @Test
    void fewerPointsThanAClusterAreNoise() {
        assertThat(hdbscan.leafLabels(line(0, 1))).containsExactly(Hdbscan.NOISE, Hdbscan.NOISE);
    }

    @Test
    void labelsAreNumberedFromZeroWithoutGaps() {
        int[] labels = hdbscan.leafLabels(euclidean(fourBlobsOfFive()));

        assertThat(Set.of(labels[0], labels[5], labels[10], labels[15])).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    // Leaf selection may cut a big blob into several leaves, but a leaf never mixes two blobs
    // that lie far apart, and most points of a dense blob end up in some leaf.
    @Test
    void leavesOfWellSeparatedGaussianBlobsNeverMixBlobs() {
        Random random = new Random(17);
        int perBlob = 40;
        double[][] points = new double[4 * perBlob][10];
        for (int i = 0; i < points.length; i++) {
            for (int k = 0; k < 10; k++) {
                points[i][k] = random.nextGaussian() + (k == i / perBlob ? 50 : 0);
            }
        }

        int[] labels = hdbscan.leafLabels(euclidean(points));

        Map<Integer, Set<Integer>> blobsOfLabel = new HashMap<>();
        List<Integer> clustered = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != Hdbscan.NOISE) {
                blobsOfLabel
                        .computeIfAbsent(labels[i], label -> new HashSet<>())
                        .add(i / perBlob);
                clustered.add(i);
            }
        }
        assertThat(blobsOfLabel.values()).allSatisfy(blobs -> assertThat(blobs).hasSize(1));
        assertThat(blobsOfLabel.values().stream()
                        .flatMap(Set::stream)
                        .distinct()
                        .count())
                .isEqualTo(4);
        assertThat(clustered.size()).isGreaterThan(points.length / 2);
    }
}
