package org.moomoo.playlist.smartmix;

import java.util.List;
import org.moomoo.playlist.similarity.CfMultiplier;

/**
 * Symmetric pairwise distances with a zero diagonal, stored as the upper triangle in floats so that
 * a pool of n tracks costs 2n² bytes.
 */
public final class DistanceMatrix {

    private final int size;
    private final float[] upper;

    private DistanceMatrix(int size) {
        if ((long) size * (size - 1) / 2 > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(size + " tracks are too many for one distance matrix");
        }
        this.size = size;
        this.upper = new float[size * (size - 1) / 2];
    }

    /** A matrix from a full square array, for worked examples; only the upper triangle is read. */
    static DistanceMatrix of(double[][] square) {
        DistanceMatrix matrix = new DistanceMatrix(square.length);
        for (int i = 0; i < square.length; i++) {
            if (square[i].length != square.length) {
                throw new IllegalArgumentException("Distance matrix must be square.");
            }
            for (int j = i + 1; j < square.length; j++) {
                matrix.upper[matrix.offset(i, j)] = (float) square[i][j];
            }
        }
        return matrix;
    }

    /**
     * The smart-mix distances of the pool (spec 6.8 step 6): the cosine distance of two embeddings
     * divided by the CF multiplier e^((S − baseline)·0.5), S being the artists' CF similarity, so that tracks of
     * similar artists come closer and tracks of one artist closest.
     */
    public static DistanceMatrix of(List<PoolTrack> pool, ArtistSimilarity artists) {
        DistanceMatrix matrix = new DistanceMatrix(pool.size());
        double[] norms = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            norms[i] = Math.sqrt(dot(pool.get(i).embedding(), pool.get(i).embedding()));
        }
        for (int i = 0; i < pool.size(); i++) {
            PoolTrack a = pool.get(i);
            for (int j = i + 1; j < pool.size(); j++) {
                PoolTrack b = pool.get(j);
                double cosine =
                        norms[i] == 0 || norms[j] == 0 ? 0 : dot(a.embedding(), b.embedding()) / (norms[i] * norms[j]);
                double multiplier = CfMultiplier.of(artists.score(a.artistKey(), b.artistKey()));
                // Rounding can push the cosine of near-identical vectors a hair above 1.
                matrix.upper[matrix.offset(i, j)] = (float) (Math.max(0, 1 - cosine) / multiplier);
            }
        }
        return matrix;
    }

    public int size() {
        return size;
    }

    /** The distance between items i and j; 0 when i = j. */
    public double get(int i, int j) {
        if (i == j) {
            return 0;
        }
        return i < j ? upper[offset(i, j)] : upper[offset(j, i)];
    }

    private int offset(int i, int j) {
        // Rows of the upper triangle, row i holding (size - 1 - i) entries.
        return (int) ((long) i * size - (long) i * (i + 1) / 2 + (j - i - 1));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += (double) a[k] * b[k];
        }
        return sum;
    }
}
