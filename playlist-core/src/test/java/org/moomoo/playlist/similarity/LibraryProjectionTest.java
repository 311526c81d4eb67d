package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * {@link LibraryProjection} picks a third of the dimensions as axes (at most {@link
 * LibraryProjection#MOST_AXES}), finds the directions in which the library varies, and keeps the
 * distances of points in them.
 */
class LibraryProjectionTest {

    @Test
    void aThirdOfTheDimensionsAreAxesUpToSixteen() {
        assertThat(LibraryProjection.of(new float[0], 0, 0).axes()).isZero();
        assertThat(LibraryProjection.of(new float[1], 1, 1).axes()).isEqualTo(1);
        assertThat(LibraryProjection.of(new float[12], 1, 12).axes()).isEqualTo(4);
        assertThat(LibraryProjection.of(new float[50], 1, 50).axes()).isEqualTo(LibraryProjection.MOST_AXES);
        assertThat(LibraryProjection.of(new float[50], 1, 50).width()).isEqualTo(LibraryProjection.MOST_AXES + 1);
    }

    @Test
    void theAxesFollowTheDirectionsOfMostVariance() {
        // 9 dimensions, 3 axes: the library varies widely along dimensions 2, 5 and 7, barely elsewhere.
        Random random = new Random(5);
        int dimension = 9;
        int size = 600;
        float[] vectors = new float[size * dimension];
        for (int file = 0; file < size; file++) {
            for (int k = 0; k < dimension; k++) {
                double spread = k == 2 || k == 5 || k == 7 ? 10 : 0.001;
                vectors[file * dimension + k] = (float) (random.nextGaussian() * spread + 4);
            }
        }

        LibraryProjection projection = LibraryProjection.of(vectors, size, dimension);

        // What the axes leave out of a point along the wide directions is next to nothing.
        double[] point = {4, 4, 30, 4, 4, -20, 4, 12, 4};
        double[] coordinates = new double[projection.width()];
        double norm = projection.coordinatesOf(point, coordinates);
        assertThat(coordinates[projection.axes()]).isLessThan(0.01 * norm);
        double onAxes = 0;
        for (int j = 0; j < projection.axes(); j++) {
            onAxes += coordinates[j] * coordinates[j];
        }
        assertThat(Math.sqrt(onAxes)).isCloseTo(norm, Percentage.withPercentage(0.01));
    }
}
