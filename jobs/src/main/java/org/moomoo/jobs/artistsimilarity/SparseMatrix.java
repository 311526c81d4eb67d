package org.moomoo.jobs.artistsimilarity;

import java.util.Arrays;

/**
 * A sparse matrix of floats in compressed sparse row form: the entries of row {@code r} are at
 * positions {@code rowStart[r] .. rowStart[r + 1] - 1} of {@link #columns()} and {@link #values()},
 * in ascending column order. Plain arrays, so that the solver's inner loops touch nothing else.
 *
 * <p>The arrays are shared, not copied: callers must not change them.
 */
public final class SparseMatrix {

    private final int rows;
    private final int columnCount;
    private final int[] rowStart;
    private final int[] columns;
    private final float[] values;

    private SparseMatrix(int rows, int columnCount, int[] rowStart, int[] columns, float[] values) {
        this.rows = rows;
        this.columnCount = columnCount;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /**
     * The matrix of the first {@code count} entries {@code (row[k], column[k], value[k])}, in any
     * order; entries at the same position are added up.
     *
     * @throws IllegalArgumentException when an entry lies outside {@code rows x columnCount}
     */
    public static SparseMatrix of(int rows, int columnCount, int[] row, int[] column, float[] value, int count) {
        int[] start = new int[rows + 1];
        for (int k = 0; k < count; k++) {
            if (row[k] < 0 || row[k] >= rows || column[k] < 0 || column[k] >= columnCount) {
                throw new IllegalArgumentException("entry (" + row[k] + ", " + column[k] + ") lies outside a " + rows
                        + " x " + columnCount + " matrix");
            }
            start[row[k] + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            start[r + 1] += start[r];
        }
        // A counting sort by row keeps the given order within a row; columns are sorted next.
        int[] next = Arrays.copyOf(start, rows);
        int[] columns = new int[count];
        float[] values = new float[count];
        for (int k = 0; k < count; k++) {
            int at = next[row[k]]++;
            columns[at] = column[k];
            values[at] = value[k];
        }
        return sortedAndMerged(rows, columnCount, start, columns, values);
    }

    private static SparseMatrix sortedAndMerged(int rows, int columnCount, int[] start, int[] columns, float[] values) {
        int[] mergedStart = new int[rows + 1];
        int write = 0;
        for (int r = 0; r < rows; r++) {
            int from = start[r];
            int to = start[r + 1];
            sortRow(columns, values, from, to);
            for (int k = from; k < to; k++) {
                if (write > mergedStart[r] && columns[write - 1] == columns[k]) {
                    values[write - 1] += values[k];
                } else {
                    columns[write] = columns[k];
                    values[write] = values[k];
                    write++;
                }
            }
            mergedStart[r + 1] = write;
        }
        return new SparseMatrix(
                rows, columnCount, mergedStart, Arrays.copyOf(columns, write), Arrays.copyOf(values, write));
    }

    /** Insertion sort: rows are short and usually sorted already. */
    private static void sortRow(int[] columns, float[] values, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            int column = columns[k];
            float value = values[k];
            int j = k - 1;
            while (j >= from && columns[j] > column) {
                columns[j + 1] = columns[j];
                values[j + 1] = values[j];
                j--;
            }
            columns[j + 1] = column;
            values[j + 1] = value;
        }
    }

    /** The same entries with rows and columns swapped. */
    public SparseMatrix transpose() {
        int[] start = new int[columnCount + 1];
        for (int k = 0; k < columns.length; k++) {
            start[columns[k] + 1]++;
        }
        for (int c = 0; c < columnCount; c++) {
            start[c + 1] += start[c];
        }
        int[] next = Arrays.copyOf(start, columnCount);
        int[] transposedColumns = new int[columns.length];
        float[] transposedValues = new float[columns.length];
        // Rows are visited in ascending order, so every transposed row comes out sorted.
        for (int r = 0; r < rows; r++) {
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                int at = next[columns[k]]++;
                transposedColumns[at] = r;
                transposedValues[at] = values[k];
            }
        }
        return new SparseMatrix(columnCount, rows, start, transposedColumns, transposedValues);
    }

    /** The same positions with other values, {@code values[k]} belonging to entry {@code k}. */
    SparseMatrix withValues(float[] newValues) {
        if (newValues.length != values.length) {
            throw new IllegalArgumentException(newValues.length + " values for " + values.length + " entries");
        }
        return new SparseMatrix(rows, columnCount, rowStart, columns, newValues);
    }

    /** The value at {@code (row, column)}, 0 when no entry is stored there. */
    public float get(int row, int column) {
        int at = Arrays.binarySearch(columns, rowStart[row], rowStart[row + 1], column);
        return at >= 0 ? values[at] : 0f;
    }

    public int rows() {
        return rows;
    }

    public int columnCount() {
        return columnCount;
    }

    /** How many entries are stored. */
    public int nonZeros() {
        return columns.length;
    }

    /** Where each row's entries start; entry {@code rows()} is {@link #nonZeros()}. */
    public int[] rowStart() {
        return rowStart;
    }

    /** The column of each stored entry. */
    public int[] columns() {
        return columns;
    }

    /** The value of each stored entry. */
    public float[] values() {
        return values;
    }
}
