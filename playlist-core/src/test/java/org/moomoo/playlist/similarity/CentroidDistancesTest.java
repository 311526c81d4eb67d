package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The float pass of {@link CentroidDistances} gives lower bounds of the true distances, however
 * the float rounding falls (points and vectors far from the origin, where it loses most, many
 * dimensions, sums beyond the float range), and bounds close enough to be worth having.
 */
class CentroidDistancesTest {

    @RepeatedTest(50)
    void boundsNeverExceedTheTrueDistance(RepetitionInfo repetition) {
        long seed = repetition.getCurrentRepetition();
        Random random = new Random(seed);
        int dimension = 1 + random.nextInt(64);
        double offset = Math.scalb(1.0, random.nextInt(20));
        double spread = Math.scalb(1.0, random.nextInt(8) - 4);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0, size = 1 + random.nextInt(3 * LibrarySnapshot.BLOCK); i < size; i++) {
            float[] vector = new float[dimension];
            for (int k = 0; k < dimension; k++) {
                vector[k] = (float) (offset + random.nextGaussian() * spread);
            }
            vectors.add(vector);
        }
        double[] point = new double[dimension];
        for (int k = 0; k < dimension; k++) {
            point[k] = offset + random.nextGaussian() * spread;
        }

        double[] bounds = bounds(vectors, point);

        for (int file = 0; file < vectors.size(); file++) {
            double exact = exactDistance(point, vectors.get(file));
            assertThat(bounds[file])
                    .as("seed %d, file %d, distance %s", seed, file, exact)
                    .isLessThanOrEqualTo(exact)
                    .isGreaterThanOrEqualTo(exact * (1 - 1e-4) - Math.scalb(offset, -20) * Math.sqrt(dimension));
        }
    }

    @Test
    void sumsBeyondTheFloatRangeAreMeasuredInDoubles() {
        float[] huge = {3e19f, -3e19f};
        float[] small = {1, 2};
        double[] point = {0, 0};

        double[] bounds = bounds(List.of(huge, small), point);

        assertThat(bounds[0]).isLessThanOrEqualTo(exactDistance(point, huge)).isGreaterThan(4e19);
        assertThat(bounds[1]).isLessThanOrEqualTo(Math.sqrt(5)).isGreaterThan(2.23);
    }

    private static double[] bounds(List<float[]> vectors, double[] point) {
        List<LibraryRow> rows = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            rows.add(new LibraryRow(
                    "file-" + i, UUID.randomUUID(), null, null, null, null, null, null, 200f, vectors.get(i)));
        }
        LibrarySnapshot snapshot = new LibrarySnapshot(rows, Map.of(), 0.5, 1);
        CentroidDistances distances = new CentroidDistances(snapshot, point);
        double[] bounds = new double[vectors.size()];
        double[] block = new double[LibrarySnapshot.BLOCK];
        for (int first = 0; first < vectors.size(); first += LibrarySnapshot.BLOCK) {
            distances.lowerBounds(first / LibrarySnapshot.BLOCK, block);
            System.arraycopy(block, 0, bounds, first, Math.min(LibrarySnapshot.BLOCK, vectors.size() - first));
        }
        return bounds;
    }

    /** The distance in exact decimal arithmetic, rounded down to a double. */
    private static double exactDistance(double[] point, float[] vector) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < point.length; k++) {
            BigDecimal difference = new BigDecimal(point[k]).subtract(new BigDecimal(vector[k]));
            sum = sum.add(difference.multiply(difference));
        }
        return Math.nextDown(sum.sqrt(MathContext.DECIMAL128).doubleValue());
    }
}
