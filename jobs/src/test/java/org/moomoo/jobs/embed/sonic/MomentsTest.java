package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MomentsTest {

    @Test
    void givesThePopulationMeanAndStandardDeviation() {
        // given
        Moments moments = new Moments();

        // when
        for (double value : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            moments.add(value);
        }

        // then
        assertThat(moments.mean()).isCloseTo(5, within(1e-12));
        assertThat(moments.spread()).isCloseTo(2, within(1e-12));
    }

    @Test
    void givesZerosWhenNothingWasAdded() {
        // given
        Moments moments = new Moments();

        // when / then
        assertThat(moments.mean()).isZero();
        assertThat(moments.spread()).isZero();
    }
}
