package org.moomoo.playlist.similarity;

import java.util.Random;

/**
 * The library's vectors in fewer coordinates, for the lower bounds every query computes over the
 * whole library: a file's vector {@code v}, less the library's mean {@code m}, becomes its
 * coordinates {@code P(v - m)} on {@code axes} orthonormal axes (the rows of {@code P}, spanning the
 * directions in which the vectors vary most) plus one more, the length {@code |R(v - m)|} of what
 * the axes leave out ({@code R = I - P'P}). Held in floats, a block of {@link LibrarySnapshot#BLOCK}
 * files at a time, one coordinate per column, as {@link CentroidDistances} reads them.
 *
 * <p>Why it is a lower bound: for points {@code a} and {@code b}, {@code |a - b|^2 = |P(a - b)|^2 +
 * |R(a - b)|^2} when the axes are orthonormal, and {@code |R(a - b)| = |Ra - Rb| >= ||Ra| - |Rb||}
 * (the triangle inequality). So the distance of the two points' coordinates, {@code |P(a - b)|^2 +
 * (|Ra| - |Rb|)^2}, never exceeds the distance of the points. Axes orthonormal to within {@code e}
 * ({@code |PP' - I| <= e}) change that by a factor of at most {@code 1 + 3e}; the construction
 * checks {@code e} against {@link #ORTHONORMAL_TOLERANCE}, which the margins of {@link
 * CentroidDistances} cover many times over.
 *
 * <p>The axes only decide how close the bound comes, never whether it holds: they are the dominant
 * subspace of the vectors' covariance (of a sample of them), found by a few dozen steps of subspace
 * iteration from a fixed start.
 */
final class LibraryProjection {

    /** Most axes: the pass over the library reads this many coordinates plus one per file. */
    static final int MOST_AXES = 16;

    /** How far from orthonormal the axes may be; the bound's margins assume no more. */
    static final double ORTHONORMAL_TOLERANCE = 1e-10;

    /** Files whose vectors estimate the covariance: every one in smaller libraries. */
    private static final int COVARIANCE_SAMPLE = 20_000;

    private static final int ITERATIONS = 40;

    private final int dimension;
    private final int axes;
    private final double[] mean;
    private final double[] basis;
    private final float[][] columns;
    private final double[] blockNorms;

    private LibraryProjection(
            int dimension, int axes, double[] mean, double[] basis, float[][] columns, double[] blockNorms) {
        this.dimension = dimension;
        this.axes = axes;
        this.mean = mean;
        this.basis = basis;
        this.columns = columns;
        this.blockNorms = blockNorms;
    }

    /**
     * The projection of {@code size} vectors of {@code dimension} floats laid out one after the
     * other in {@code vectors}: a third of the dimensions as axes, at most {@link #MOST_AXES}, so
     * that the pass reads well under half of what the whole vectors would take.
     */
    static LibraryProjection of(float[] vectors, int size, int dimension) {
        int axes = Math.min(MOST_AXES, (dimension + 2) / 3);
        double[] mean = new double[dimension];
        for (int file = 0; file < size; file++) {
            for (int k = 0; k < dimension; k++) {
                mean[k] += vectors[file * dimension + k];
            }
        }
        for (int k = 0; k < dimension; k++) {
            mean[k] = size == 0 ? 0 : mean[k] / size;
        }
        double[] basis = dominantSubspace(covariance(vectors, size, dimension, mean), dimension, axes);
        checkOrthonormal(basis, dimension, axes);

        int width = axes + 1;
        int blocks = (size + LibrarySnapshot.BLOCK - 1) / LibrarySnapshot.BLOCK;
        float[][] columns = new float[blocks * width][LibrarySnapshot.BLOCK];
        double[] blockNorms = new double[blocks];
        double[] centred = new double[dimension];
        double[] coordinates = new double[width];
        for (int file = 0; file < size; file++) {
            for (int k = 0; k < dimension; k++) {
                centred[k] = vectors[file * dimension + k] - mean[k];
            }
            double norm = coordinates(centred, dimension, axes, basis, coordinates);
            int block = file / LibrarySnapshot.BLOCK;
            blockNorms[block] = Math.max(blockNorms[block], norm);
            for (int j = 0; j < width; j++) {
                columns[block * width + j][file % LibrarySnapshot.BLOCK] = (float) coordinates[j];
            }
        }
        return new LibraryProjection(dimension, axes, mean, basis, columns, blockNorms);
    }

    /** Coordinates per file: the axes and the length of the rest. */
    int width() {
        return axes + 1;
    }

    int axes() {
        return axes;
    }

    /**
     * The coordinates of the files in floats: {@code columns()[block * width() + j][i]} is
     * coordinate {@code j} of file {@code block * BLOCK + i}; the last block is padded with zeros.
     */
    float[][] columns() {
        return columns;
    }

    /** The largest {@code |v - m|} of a block's files (0 for none). */
    double blockNorm(int block) {
        return blockNorms[block];
    }

    /**
     * Fills {@code coordinates} ({@link #width()} values) with the coordinates of a point and returns
     * its distance to the mean.
     */
    double coordinatesOf(double[] point, double[] coordinates) {
        double[] centred = new double[dimension];
        for (int k = 0; k < dimension; k++) {
            centred[k] = point[k] - mean[k];
        }
        return coordinates(centred, dimension, axes, basis, coordinates);
    }

    /**
     * The axis coordinates {@code P x} of a centred point {@code x}, then {@code |x - P'P x|}, in
     * {@code coordinates}; returns {@code |x|}.
     */
    private static double coordinates(double[] centred, int dimension, int axes, double[] basis, double[] coordinates) {
        double[] rest = centred.clone();
        for (int j = 0; j < axes; j++) {
            double dot = 0;
            for (int k = 0; k < dimension; k++) {
                dot += basis[j * dimension + k] * centred[k];
            }
            coordinates[j] = dot;
            for (int k = 0; k < dimension; k++) {
                rest[k] -= dot * basis[j * dimension + k];
            }
        }
        double restSquares = 0;
        double squares = 0;
        for (int k = 0; k < dimension; k++) {
            restSquares += rest[k] * rest[k];
            squares += centred[k] * centred[k];
        }
        coordinates[axes] = Math.sqrt(restSquares);
        return Math.sqrt(squares);
    }

    /** The covariance of an evenly spaced sample of the vectors, {@code dimension} by {@code dimension}. */
    private static double[] covariance(float[] vectors, int size, int dimension, double[] mean) {
        double[] covariance = new double[dimension * dimension];
        int step = Math.max(1, size / COVARIANCE_SAMPLE);
        double[] centred = new double[dimension];
        for (int file = 0; file < size; file += step) {
            for (int k = 0; k < dimension; k++) {
                centred[k] = vectors[file * dimension + k] - mean[k];
            }
            for (int a = 0; a < dimension; a++) {
                double scaled = centred[a];
                for (int b = a; b < dimension; b++) {
                    covariance[a * dimension + b] += scaled * centred[b];
                }
            }
        }
        for (int a = 0; a < dimension; a++) {
            for (int b = 0; b < a; b++) {
                covariance[a * dimension + b] = covariance[b * dimension + a];
            }
        }
        return covariance;
    }

    /**
     * Orthonormal rows spanning (nearly) the top {@code axes} eigenvectors of a symmetric matrix:
     * multiply by the matrix and orthonormalise, from a fixed pseudo-random start.
     */
    private static double[] dominantSubspace(double[] matrix, int dimension, int axes) {
        Random random = new Random(20_261_202L);
        double[] basis = new double[axes * dimension];
        for (int i = 0; i < basis.length; i++) {
            basis[i] = random.nextGaussian();
        }
        orthonormalise(basis, dimension, axes);
        double[] product = new double[axes * dimension];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (int j = 0; j < axes; j++) {
                for (int a = 0; a < dimension; a++) {
                    double sum = 0;
                    for (int b = 0; b < dimension; b++) {
                        sum += matrix[a * dimension + b] * basis[j * dimension + b];
                    }
                    product[j * dimension + a] = sum;
                }
            }
            System.arraycopy(product, 0, basis, 0, basis.length);
            orthonormalise(basis, dimension, axes);
        }
        return basis;
    }

    /**
     * Modified Gram-Schmidt on the rows, each orthogonalised twice (once leaves rounding errors
     * that a second pass removes); a row that the others (nearly) span, as the matrix's null space
     * gives, is replaced by the first unit vector they do not.
     */
    private static void orthonormalise(double[] rows, int dimension, int count) {
        for (int j = 0; j < count; j++) {
            double before = norm(rows, j, dimension);
            orthogonalise(rows, j, dimension);
            orthogonalise(rows, j, dimension);
            double after = norm(rows, j, dimension);
            for (int unit = 0; !(after > 1e-6 * before) || after == 0; unit++) {
                for (int k = 0; k < dimension; k++) {
                    rows[j * dimension + k] = k == unit ? 1 : 0;
                }
                before = 1;
                orthogonalise(rows, j, dimension);
                orthogonalise(rows, j, dimension);
                after = norm(rows, j, dimension);
            }
            for (int k = 0; k < dimension; k++) {
                rows[j * dimension + k] /= after;
            }
        }
    }

    /** Removes from row {@code j} its components along the rows before it. */
    private static void orthogonalise(double[] rows, int j, int dimension) {
        for (int i = 0; i < j; i++) {
            double dot = 0;
            for (int k = 0; k < dimension; k++) {
                dot += rows[i * dimension + k] * rows[j * dimension + k];
            }
            for (int k = 0; k < dimension; k++) {
                rows[j * dimension + k] -= dot * rows[i * dimension + k];
            }
        }
    }

    private static double norm(double[] rows, int j, int dimension) {
        double squares = 0;
        for (int k = 0; k < dimension; k++) {
            squares += rows[j * dimension + k] * rows[j * dimension + k];
        }
        return Math.sqrt(squares);
    }

    private static void checkOrthonormal(double[] basis, int dimension, int axes) {
        double largest = 0;
        for (int i = 0; i < axes; i++) {
            for (int j = 0; j < axes; j++) {
                double dot = 0;
                for (int k = 0; k < dimension; k++) {
                    dot += basis[i * dimension + k] * basis[j * dimension + k];
                }
                largest = Math.max(largest, Math.abs(dot - (i == j ? 1 : 0)));
            }
        }
        // The spectral norm of PP' - I is at most `axes` times its largest entry.
        if (!(largest * axes <= ORTHONORMAL_TOLERANCE)) {
            throw new IllegalStateException("the projection's axes are not orthonormal: off by " + largest);
        }
    }
}
