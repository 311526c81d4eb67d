package org.moomoo.jobs.artistsimilarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** BM25 weighting checked against numbers worked out by hand. */
class Bm25Test {

    @Test
    void weightsEveryEntryAsWorkedOutByHand() {
        // 4 users x 3 artists. Row sums 4, 5, 6, 1: mean 4. Artist 0 has 3 listeners, 1 has 2, 2 has 1.
        SparseMatrix counts = SparseMatrix.of(
                4, 3, new int[] {0, 0, 1, 2, 2, 3}, new int[] {0, 1, 0, 1, 2, 0}, new float[] {3, 1, 5, 2, 4, 1}, 6);

        SparseMatrix weighted = Bm25.weight(counts, 100, 0.8);

        // idf = ln 4 - ln(1 + df): artist 0 ln4 - ln4 = 0, artist 1 ln4 - ln3, artist 2 ln4 - ln2 = ln 2.
        assertThat(weighted.get(0, 0)).isZero();
        assertThat(weighted.get(1, 0)).isZero();
        assertThat(weighted.get(3, 0)).isZero();
        // User 0: norm = 0.2 + 0.8 * 4/4 = 1; 1 * 101 / (100 * 1 + 1) = 1; times ln(4/3).
        assertThat(weighted.get(0, 1)).isCloseTo(0.287682f, within(1e-6f));
        // User 2: norm = 0.2 + 0.8 * 6/4 = 1.4; 2 * 101 / (140 + 2) = 1.422535; times ln(4/3).
        assertThat(weighted.get(2, 1)).isCloseTo(0.409238f, within(1e-6f));
        // 4 * 101 / (140 + 4) = 2.805556; times ln 2.
        assertThat(weighted.get(2, 2)).isCloseTo(1.944663f, within(1e-6f));
        assertThat(weighted.nonZeros()).isEqualTo(6);
        assertThat(weighted.columns()).isEqualTo(counts.columns());
    }

    @Test
    void emptyRowsCountAsUsersWithNothing() {
        // Two users, one empty: N = 2 and the mean row sum is 4 / 2 = 2.
        SparseMatrix counts = SparseMatrix.of(2, 2, new int[] {0}, new int[] {1}, new float[] {4}, 1);

        SparseMatrix weighted = Bm25.weight(counts, 100, 0.8);

        // norm = 0.2 + 0.8 * 4/2 = 1.8; 4 * 101 / (180 + 4) = 2.195652; idf = ln 2 - ln 2 = 0.
        assertThat(weighted.get(0, 1)).isZero();
        SparseMatrix three = SparseMatrix.of(3, 1, new int[] {0}, new int[] {0}, new float[] {4}, 1);
        // N = 3, mean 4/3: norm = 0.2 + 0.8 * 3 = 2.6; 404 / 264 = 1.530303; idf = ln 3 - ln 2.
        assertThat(Bm25.weight(three, 100, 0.8).get(0, 0)).isCloseTo(0.620484f, within(1e-6f));
    }
}
