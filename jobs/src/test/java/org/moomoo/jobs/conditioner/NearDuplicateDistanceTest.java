package org.moomoo.jobs.conditioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The near-duplicate rule on synthetic conditioned libraries of 100 to 100,000 files: albums of 20
 * distinct tracks, spread over 50 components whose variance falls as a power of the rank (as a
 * PCA's does) and sums to 178, as a standardised {@code sonic-v1} library's does, plus a copy of 1 %
 * of the tracks moved by codec-sized noise (0.3 on average, what a 128 kbit/s MP3 does, see
 * {@link NearDuplicateDistanceAudioTest}).
 */
class NearDuplicateDistanceTest {

    private static final int DIMENSIONS = PcaConditioner.COMPONENTS;
    private static final double TOTAL_VARIANCE = 178;
    private static final double CODEC_NOISE = 0.3;

    /** A synthetic library: {@code vectors[i]} belongs to track {@code tracks[i]}; copies share their track. */
    record Library(float[][] vectors, int[] tracks, double[] variance) {}

    /** {@code distinct} tracks in albums of 20, then one re-encoded copy of every hundredth. */
    static Library library(int distinct, double withinAlbumShare, long seed) {
        Random random = new Random(seed);
        double[] variance = new double[DIMENSIONS];
        double sum = 0;
        for (int k = 0; k < DIMENSIONS; k++) {
            variance[k] = Math.pow(k + 1, -1.5);
            sum += variance[k];
        }
        for (int k = 0; k < DIMENSIONS; k++) {
            variance[k] *= TOTAL_VARIANCE / sum;
        }
        int copies = Math.max(2, distinct / 100);
        float[][] vectors = new float[distinct + copies][];
        int[] tracks = new int[distinct + copies];
        double[] album = new double[DIMENSIONS];
        for (int i = 0; i < distinct; i++) {
            if (i % 20 == 0) {
                for (int k = 0; k < DIMENSIONS; k++) {
                    album[k] = random.nextGaussian() * Math.sqrt((1 - withinAlbumShare) * variance[k]);
                }
            }
            vectors[i] = new float[DIMENSIONS];
            for (int k = 0; k < DIMENSIONS; k++) {
                vectors[i][k] = (float) (album[k] + random.nextGaussian() * Math.sqrt(withinAlbumShare * variance[k]));
            }
            tracks[i] = i;
        }
        for (int c = 0; c < copies; c++) {
            int original = c * (distinct / copies);
            vectors[distinct + c] = new float[DIMENSIONS];
            for (int k = 0; k < DIMENSIONS; k++) {
                vectors[distinct + c][k] =
                        (float) (vectors[original][k] + random.nextGaussian() * CODEC_NOISE / Math.sqrt(DIMENSIONS));
            }
            tracks[distinct + c] = original;
        }
        return new Library(vectors, tracks, variance);
    }

    /** Pairs within {@code threshold}: [same track, distinct tracks], found by sweeping along the first component. */
    static long[] pairsWithin(Library library, double threshold) {
        float[][] vectors = library.vectors();
        Integer[] order = new Integer[vectors.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> vectors[i][0]));
        long[] counts = new long[2];
        for (int a = 0; a < order.length; a++) {
            for (int b = a + 1; b < order.length && vectors[order[b]][0] - vectors[order[a]][0] <= threshold; b++) {
                if (closerThan(vectors[order[a]], vectors[order[b]], threshold)) {
                    counts[library.tracks()[order[a]] == library.tracks()[order[b]] ? 0 : 1]++;
                }
            }
        }
        return counts;
    }

    // Stops as soon as the partial sum passes the threshold: most pairs differ in the first few components.
    private static boolean closerThan(float[] a, float[] b, double threshold) {
        double limit = threshold * threshold;
        double sum = 0;
        for (int k = 0; k < a.length && sum <= limit; k++) {
            double x = a[k] - b[k];
            sum += x * x;
        }
        return sum <= limit;
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 1_000, 10_000, 100_000})
    void catchesEveryReEncodedCopyAndNoDistinctTrackAtEverySize(int distinct) {
        // given
        Library library = library(distinct, 0.05, distinct);

        // when
        double threshold = NearDuplicateDistance.calibrate(library.vectors(), library.variance());

        // then
        long[] within = pairsWithin(library, threshold);
        System.out.printf(
                "%,d distinct tracks: near-duplicate distance %.4f, %d of %d copies and %d distinct pairs within it%n",
                distinct, threshold, within[0], library.vectors().length - distinct, within[1]);
        assertThat(within[0]).isEqualTo(library.vectors().length - distinct);
        assertThat(within[1]).isZero();
    }

    @Test
    void isTheCodecShareOfTheRadiusInASparseLibrary() {
        Library library = library(1_000, 0.05, 1);

        double threshold = NearDuplicateDistance.calibrate(library.vectors(), library.variance());

        assertThat(threshold).isCloseTo(NearDuplicateDistance.CODEC_SHARE * Math.sqrt(TOTAL_VARIANCE), within(1e-9));
    }

    @Test
    void aDenseLibraryTightensItBelowTheClosestDistinctTracks() {
        // given: albums so tight that album-mates lie about 0.4 apart, inside the codec share (0.53)
        Library library = library(1_000, 0.0005, 2);

        // when
        double threshold = NearDuplicateDistance.calibrate(library.vectors(), library.variance());

        // then
        assertThat(threshold).isLessThan(NearDuplicateDistance.CODEC_SHARE * Math.sqrt(TOTAL_VARIANCE));
        assertThat(pairsWithin(library, threshold)[1]).isZero();
    }

    @Test
    void aLibraryOfOneFileHasNoNearDuplicates() {
        double threshold =
                NearDuplicateDistance.calibrate(new float[][] {new float[DIMENSIONS]}, new double[DIMENSIONS]);

        assertThat(threshold).isZero();
    }
}
