package org.moomoo.playlist.similarity;

import java.util.Arrays;

/**
 * Lower bounds of the distances of one point (a query's seed centroid) to every file, a block of
 * {@link LibrarySnapshot#BLOCK} files at a time: the pass over the whole library that every query
 * makes. It reads the files' few {@link LibraryProjection} coordinates instead of their whole
 * vectors, in floats, one coordinate of a block at a time: a loop the JIT turns into SIMD
 * instructions (a sum over one file's coordinates it would not), which pays for the float rounding
 * with margins that keep each bound below the distance of the coordinates, itself a lower bound of
 * the true distance.
 *
 * <p>The margins: rounding a file's coordinates to floats moves them by at most 2^-24 of their
 * length, which is at most the block's largest distance to the mean (the point's likewise); the
 * float sum of squares of {@code w} coordinates is at most {@code (w + 2) * 2^-24} above the true
 * one, so its square root at most half that. Both are taken twice over, plus the double rounding
 * of the projection and the axes' distance from orthonormal, each far below, and a tiny absolute
 * margin for sums that underflow. A sum that overflows a float (or is NaN) is measured again in
 * doubles on the whole vectors.
 */
final class CentroidDistances {

    private final LibrarySnapshot snapshot;
    private final LibraryProjection projection;
    private final int width;
    private final double[] point;
    private final float[] floatCoordinates;
    private final double pointNorm;
    private final double relative;
    private final double absolute;
    private final float[] squares = new float[LibrarySnapshot.BLOCK];

    CentroidDistances(LibrarySnapshot snapshot, double[] point) {
        this.snapshot = snapshot;
        this.projection = snapshot.projection();
        this.width = projection.width();
        this.point = point;
        double[] coordinates = new double[width];
        pointNorm = projection.coordinatesOf(point, coordinates);
        floatCoordinates = new float[width];
        for (int j = 0; j < width; j++) {
            floatCoordinates[j] = (float) coordinates[j];
        }
        relative = 1 - (width + 2) * 0x1p-23 - 1e-9;
        absolute = 0x1p-22 + snapshot.dimension() * 0x1p-46;
    }

    /**
     * Fills {@code bounds} with lower bounds of the distances to the files of block {@code block},
     * file {@code block * BLOCK + i} at {@code i} (entries past the last file are meaningless).
     */
    void lowerBounds(int block, double[] bounds) {
        float[][] columns = projection.columns();
        Arrays.fill(squares, 0f);
        for (int j = 0; j < width; j++) {
            float[] column = columns[block * width + j];
            float coordinate = floatCoordinates[j];
            for (int lane = 0; lane < squares.length; lane++) {
                float difference = coordinate - column[lane];
                squares[lane] += difference * difference;
            }
        }
        int first = block * LibrarySnapshot.BLOCK;
        double margin = absolute * (projection.blockNorm(block) + pointNorm) + 1e-20;
        for (int lane = 0; lane < squares.length; lane++) {
            float square = squares[lane];
            if (square < Float.MAX_VALUE) {
                bounds[lane] = Math.max(0, Math.sqrt(square) * relative - margin);
            } else {
                bounds[lane] = first + lane < snapshot.size() ? exact(first + lane) * (1 - 1e-12) : 0;
            }
        }
    }

    /** The distance in doubles, with a margin far above its rounding. */
    private double exact(int file) {
        float[] vectors = snapshot.vectors();
        int dimension = snapshot.dimension();
        int offset = file * dimension;
        double sum = 0;
        for (int k = 0; k < dimension; k++) {
            double difference = point[k] - vectors[offset + k];
            sum += difference * difference;
        }
        return Math.sqrt(sum);
    }
}
