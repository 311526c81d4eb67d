package org.moomoo.jobs.artistsimilarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Building, reading and transposing the compressed sparse row matrix. */
class SparseMatrixTest {

    @Test
    void sortsEachRowByColumnAndAddsUpRepeatedPositions() {
        SparseMatrix matrix = SparseMatrix.of(
                3, 4, new int[] {2, 0, 2, 0, 2}, new int[] {3, 1, 0, 1, 3}, new float[] {1, 2, 3, 4, 5}, 5);

        assertThat(matrix.rowStart()).containsExactly(0, 1, 1, 3);
        assertThat(matrix.columns()).containsExactly(1, 0, 3);
        assertThat(matrix.values()).containsExactly(6f, 3f, 6f);
        assertThat(matrix.get(2, 3)).isEqualTo(6f);
        assertThat(matrix.get(1, 0)).isZero();
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        SparseMatrix matrix = SparseMatrix.of(2, 3, new int[] {0, 0, 1}, new int[] {0, 2, 2}, new float[] {1, 2, 3}, 3);

        SparseMatrix transposed = matrix.transpose();

        assertThat(transposed.rows()).isEqualTo(3);
        assertThat(transposed.columnCount()).isEqualTo(2);
        assertThat(transposed.rowStart()).containsExactly(0, 1, 1, 3);
        assertThat(transposed.columns()).containsExactly(0, 0, 1);
        assertThat(transposed.values()).containsExactly(1f, 2f, 3f);
    }

    @Test
    void refusesAnEntryOutsideTheMatrix() {
        assertThatThrownBy(() -> SparseMatrix.of(2, 2, new int[] {2}, new int[] {0}, new float[] {1}, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entry (2, 0) lies outside a 2 x 2 matrix");
    }
}
