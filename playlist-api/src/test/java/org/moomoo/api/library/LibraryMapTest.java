package org.moomoo.api.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The power iteration behind the map finds the principal directions of a covariance matrix. */
class LibraryMapTest {

    @Test
    void theFirstComponentIsTheDirectionOfLargestVarianceAndTheSecondIsOrthogonalToIt() {
        double[][] covariance = {{1, 0, 0}, {0, 9, 0}, {0, 0, 4}};
        double[] first = LibraryMap.principal(covariance, null);
        double[] second = LibraryMap.principal(covariance, first);
        assertThat(first).containsExactly(new double[] {0, 1, 0}, within(1e-9));
        assertThat(second).containsExactly(new double[] {0, 0, 1}, within(1e-9));
    }

    @Test
    void aRotatedPlaneIsFoundToo() {
        // Variance 5 along (1, 1)/sqrt 2 and 1 along (1, -1)/sqrt 2.
        double[][] covariance = {{3, 2}, {2, 3}};
        double[] first = LibraryMap.principal(covariance, null);
        assertThat(first[0]).isCloseTo(Math.sqrt(0.5), within(1e-9));
        assertThat(first[1]).isCloseTo(Math.sqrt(0.5), within(1e-9));
    }

    @Test
    void noSpreadPutsEveryPointAtTheOrigin() {
        assertThat(LibraryMap.principal(new double[2][2], null)).containsExactly(0, 0);
    }
}
