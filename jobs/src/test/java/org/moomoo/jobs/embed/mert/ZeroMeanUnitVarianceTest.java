package org.moomoo.jobs.embed.mert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.moomoo.jobs.embed.EmbeddingException;

class ZeroMeanUnitVarianceTest {

    @Test
    void givesZeroMeanAndUnitVariance() {
        // given
        float[] window = {1, 2, 3, 4};

        // when
        float[] normalised = ZeroMeanUnitVariance.normalise(window);

        // then: mean 2.5, population variance 1.25
        double scale = 1 / Math.sqrt(1.25 + 1e-7);
        assertThat(normalised)
                .containsExactly(
                        new float[] {
                            (float) (-1.5 * scale), (float) (-0.5 * scale), (float) (0.5 * scale), (float) (1.5 * scale)
                        },
                        within(1e-6f));
    }

    @Test
    void turnsSilenceIntoZerosInsteadOfNaN() {
        // given
        float[] silence = new float[1000];

        // when
        float[] normalised = ZeroMeanUnitVariance.normalise(silence);

        // then
        assertThat(normalised).containsOnly(0f);
    }

    @Test
    void refusesANaNSampleWithAReason() {
        // given
        float[] window = {0.1f, Float.NaN, 0.2f};

        // when, then
        assertThatThrownBy(() -> ZeroMeanUnitVariance.normalise(window))
                .isInstanceOf(EmbeddingException.class)
                .hasMessage("the decoded audio contains NaN or infinite samples");
    }
}
