package org.moomoo.jobs.artistsimilarity;

/**
 * BM25 weighting of a user x item count matrix, as {@code implicit.nearest_neighbours.bm25_weight}
 * computes it (spec/ingest.md 5.11 step 3): an item that every user plays says little about a
 * user (idf), and one user's huge counts are damped against the average user's (length norm).
 */
public final class Bm25 {

    /** The term-saturation constant of the original model. */
    public static final double K1 = 100;
    /** The length-normalisation weight of the original model. */
    public static final double B = 0.8;

    private Bm25() {}

    /**
     * For every stored entry: {@code x * (k1 + 1) / (k1 * norm[u] + x) * idf[i]}, where
     * {@code idf[i] = ln(N) - ln(1 + df[i])} over the N rows and the df[i] rows that have an entry in
     * column i, and {@code norm[u] = (1 - b) + b * rowSum[u] / mean(rowSum)}.
     */
    public static SparseMatrix weight(SparseMatrix counts, double k1, double b) {
        int rows = counts.rows();
        int[] rowStart = counts.rowStart();
        int[] columns = counts.columns();
        float[] values = counts.values();
        int[] documentFrequency = new int[counts.columnCount()];
        for (int column : columns) {
            documentFrequency[column]++;
        }
        double[] idf = new double[counts.columnCount()];
        for (int c = 0; c < idf.length; c++) {
            idf[c] = Math.log(rows) - Math.log1p(documentFrequency[c]);
        }
        double[] rowSum = new double[rows];
        double total = 0;
        for (int r = 0; r < rows; r++) {
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                rowSum[r] += values[k];
            }
            total += rowSum[r];
        }
        double average = total / rows;
        float[] weighted = new float[values.length];
        for (int r = 0; r < rows; r++) {
            double norm = (1 - b) + b * rowSum[r] / average;
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                double x = values[k];
                weighted[k] = (float) (x * (k1 + 1) / (k1 * norm + x) * idf[columns[k]]);
            }
        }
        return counts.withValues(weighted);
    }
}
