package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The float pass of {@link CentroidDistances} over the {@link LibraryProjection} coordinates gives
 * lower bounds of the true distances, however the float rounding falls (points and vectors far from
 * the origin, where it loses most, many dimensions, points far off the axes, libraries with no
 * variance at all, sums beyond the float range), and bounds close to the distance where the axes
 * and the length of the rest say everything: a library that varies in no more directions than the
 * projection has axes.
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
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @RepeatedTest(50)
    void boundsAreCloseWhenTheLibraryVariesInNoMoreDirectionsThanTheAxes(RepetitionInfo repetition) {
        long seed = 100 + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        int dimension = 3 + random.nextInt(62);
        int axes = Math.min(LibraryProjection.MOST_AXES, (dimension + 2) / 3);
        double offset = Math.scalb(1.0, random.nextInt(12));
        double[][] orthonormal = randomDirections(random, axes + 1, dimension);
        double[][] directions = Arrays.copyOf(orthonormal, axes);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0, size = 4 * axes + random.nextInt(3 * LibrarySnapshot.BLOCK); i < size; i++) {
            vectors.add(toFloats(inSubspace(random, directions, offset)));
        }
        // The point off the library's directions as well: the length of the rest accounts for it.
        double[] point = inSubspace(random, directions, offset);
        double[] away = orthonormal[axes];
        double distanceAway = random.nextDouble() * 3;
        for (int k = 0; k < dimension; k++) {
            point[k] += away[k] * distanceAway;
        }

        double[] bounds = bounds(vectors, point);

        for (int file = 0; file < vectors.size(); file++) {
            double exact = exactDistance(point, vectors.get(file));
            assertThat(bounds[file])
                    .as("seed %d, file %d, distance %s", seed, file, exact)
                    .isLessThanOrEqualTo(exact)
                    .isGreaterThanOrEqualTo(exact * (1 - 1e-4) - Math.scalb(offset, -21) * Math.sqrt(dimension) - 1e-6);
        }
    }

    @Test
    void aLibraryWithoutVarianceStillGivesBounds() {
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            vectors.add(new float[] {1, 2, 3, 4, 5, 6, 7});
        }
        double[] point = {1, 2, 3, 4, 5, 6, 9};

        double[] bounds = bounds(vectors, point);

        for (double bound : bounds) {
            assertThat(bound).isLessThanOrEqualTo(2).isGreaterThan(1.999);
        }
    }

    @Test
    void sumsBeyondTheFloatRangeAreMeasuredInDoubles() {
        float[] huge = {3e19f, -3e19f};
        float[] small = {1, 2};
        double[] point = {0, 0};

        double[] bounds = bounds(List.of(huge, small), point);

        assertThat(bounds[0]).isLessThanOrEqualTo(exactDistance(point, huge)).isGreaterThan(4e19);
        // Beside such an outlier the float coordinates of ordinary files say little, but never too much.
        assertThat(bounds[1]).isLessThanOrEqualTo(Math.sqrt(5)).isGreaterThanOrEqualTo(0);
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

    /** {@code count} random unit vectors, orthonormal to each other. */
    private static double[][] randomDirections(Random random, int count, int dimension) {
        double[][] directions = new double[count][dimension];
        for (int j = 0; j < count; j++) {
            for (int k = 0; k < dimension; k++) {
                directions[j][k] = random.nextGaussian();
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < j; i++) {
                    double dot = 0;
                    for (int k = 0; k < dimension; k++) {
                        dot += directions[i][k] * directions[j][k];
                    }
                    for (int k = 0; k < dimension; k++) {
                        directions[j][k] -= dot * directions[i][k];
                    }
                }
            }
            double norm = 0;
            for (int k = 0; k < dimension; k++) {
                norm += directions[j][k] * directions[j][k];
            }
            for (int k = 0; k < dimension; k++) {
                directions[j][k] /= Math.sqrt(norm);
            }
        }
        return directions;
    }

    /** {@code offset} in every dimension plus a random combination of the directions. */
    private static double[] inSubspace(Random random, double[][] directions, double offset) {
        double[] point = new double[directions[0].length];
        Arrays.fill(point, offset);
        for (double[] direction : directions) {
            double amount = random.nextGaussian() * 2;
            for (int k = 0; k < point.length; k++) {
                point[k] += amount * direction[k];
            }
        }
        return point;
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            floats[k] = (float) values[k];
        }
        return floats;
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
