package org.moomoo.playlist.similarity;

import java.util.Arrays;

/**
 * Lower bounds of the distances of one point (a query's seed centroid) to every file, a block of
 * {@link LibrarySnapshot#BLOCK} files at a time: the pass over the whole library that every query
 * makes, so it runs in floats over {@link LibrarySnapshot#columns()}, a loop the JIT turns into
 * SIMD instructions (a sum over one vector's dimensions it would not), and pays for the float
 * rounding with margins that keep each bound below the true distance.
 *
 * <p>Rounding the point to floats moves it by at most 2^-24 of its norm; each float sum of squares
 * is at most (dimension + 2) * 2^-24 above the true one, so its square root at most half that. Both
 * margins are taken twice over, plus a tiny absolute one for sums that underflow. A sum that
 * overflows a float (or is NaN) is measured again in doubles.
 */
final class CentroidDistances {

    private final LibrarySnapshot snapshot;
    private final int dimension;
    private final double[] point;
    private final float[] floatPoint;
    private final double relative;
    private final double absolute;
    private final float[] squares = new float[LibrarySnapshot.BLOCK];

    CentroidDistances(LibrarySnapshot snapshot, double[] point) {
        this.snapshot = snapshot;
        this.dimension = snapshot.dimension();
        this.point = point;
        floatPoint = new float[dimension];
        double norm = 0;
        for (int k = 0; k < dimension; k++) {
            floatPoint[k] = (float) point[k];
            norm += point[k] * point[k];
        }
        relative = 1 - (dimension + 2) * 0x1p-23;
        absolute = Math.sqrt(norm) * 0x1p-23 + 1e-20;
    }

    /**
     * Fills {@code bounds} with lower bounds of the distances to the files of block {@code block},
     * file {@code block * BLOCK + i} at {@code i} (entries past the last file are meaningless).
     */
    void lowerBounds(int block, double[] bounds) {
        float[][] columns = snapshot.columns();
        Arrays.fill(squares, 0f);
        for (int k = 0; k < dimension; k++) {
            float[] column = columns[block * dimension + k];
            float coordinate = floatPoint[k];
            for (int lane = 0; lane < squares.length; lane++) {
                float difference = coordinate - column[lane];
                squares[lane] += difference * difference;
            }
        }
        int first = block * LibrarySnapshot.BLOCK;
        for (int lane = 0; lane < squares.length; lane++) {
            float square = squares[lane];
            if (square < Float.MAX_VALUE) {
                bounds[lane] = Math.max(0, Math.sqrt(square) * relative - absolute);
            } else {
                bounds[lane] = first + lane < snapshot.size() ? exact(first + lane) * (1 - 1e-12) : 0;
            }
        }
    }

    /** The distance in doubles, with a margin far above its rounding. */
    private double exact(int file) {
        float[] vectors = snapshot.vectors();
        int offset = file * dimension;
        double sum = 0;
        for (int k = 0; k < dimension; k++) {
            double difference = point[k] - vectors[offset + k];
            sum += difference * difference;
        }
        return Math.sqrt(sum);
    }
}
