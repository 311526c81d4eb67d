package org.moomoo.playlist.smartmix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Hdbscan} against {@link ReferenceHdbscan} on random point sets, compared as partitions
 * (which points share a leaf, which are noise): the leaf numbering may differ.
 */
class HdbscanMatchesReferenceTest {

    private static double[][] randomBlobs(Random random) {
        int n = 8 + random.nextInt(25);
        int blobs = 1 + random.nextInt(4);
        double[][] centres = new double[blobs][2];
        for (double[] centre : centres) {
            centre[0] = random.nextDouble() * 10;
            centre[1] = random.nextDouble() * 10;
        }
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] centre = centres[random.nextInt(blobs)];
            points[i] = new double[] {centre[0] + random.nextGaussian(), centre[1] + random.nextGaussian()};
        }
        double[][] distances = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // Rounded to float, as DistanceMatrix stores them, so both see the same numbers.
                distances[i][j] = (float) Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]);
            }
        }
        return distances;
    }

    private static Set<Set<Integer>> partition(int[] labels) {
        Map<Integer, Set<Integer>> groups = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            groups.computeIfAbsent(labels[i] < 0 ? -1 - i : labels[i], label -> new HashSet<>())
                    .add(i);
        }
        return new HashSet<>(groups.values());
    }

    private static void compare(int minSamples) {
        Random random = new Random(2024 + minSamples);
        int compared = 0;
        int withClusters = 0;
        List<String> mismatches = new ArrayList<>();
        for (int attempt = 0; attempt < 20_000 && compared < 300; attempt++) {
            double[][] distances = randomBlobs(random);
            if (ReferenceHdbscan.hasTiedTreeEdges(distances, minSamples)) {
                continue;
            }
            int[] expected = ReferenceHdbscan.leafLabels(distances, 3, minSamples);
            int[] actual = new Hdbscan(3, minSamples).leafLabels(DistanceMatrix.of(distances));
            if (!partition(actual).equals(partition(expected))) {
                mismatches.add("attempt " + attempt);
            }
            compared++;
            if (Arrays.stream(expected).anyMatch(label -> label >= 0)) {
                withClusters++;
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(compared).isGreaterThanOrEqualTo(100);
        assertThat(withClusters).isGreaterThan(compared / 4);
    }

    @Test
    void matchesTheReferenceWithMinSamplesThree() {
        compare(3);
    }

    @Test
    void matchesTheReferenceWithMinSamplesOne() {
        compare(1);
    }
}
