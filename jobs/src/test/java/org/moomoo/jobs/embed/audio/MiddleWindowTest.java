package org.moomoo.jobs.embed.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MiddleWindowTest {

    /**
     * Samples whose values are their indexes, so a window shows where it starts. With a rate of
     * 1 Hz, maxSeconds is the cap L in samples.
     */
    @ParameterizedTest(name = "n = {0}, cap {1}: [{2}, {3})")
    @CsvSource({
        // even n, even cap: ceil(5 - 2) = 3, floor(5 + 2) = 7
        "10, 4, 3, 7",
        // odd n, even cap: ceil(5.5 - 2) = 4, floor(5.5 + 2) = 7, one sample short of the cap
        "11, 4, 4, 7",
        // odd n, odd cap: ceil(5.5 - 2.5) = 3, floor(5.5 + 2.5) = 8
        "11, 5, 3, 8",
        // even n, odd cap: ceil(5 - 2.5) = 3, floor(5 + 2.5) = 7, one sample short of the cap
        "10, 5, 3, 7",
        // shorter than the cap: the whole track
        "3, 4, 0, 3",
        "4, 5, 0, 4",
        // exactly the cap
        "4, 4, 0, 4",
        "5, 5, 0, 5",
        "1, 4, 0, 1",
        "0, 4, 0, 0"
    })
    void cutsTheWindowAsTheSpecSays(int n, double cap, int start, int end) {
        // given
        float[] samples = indexes(n);

        // when
        float[] window = MiddleWindow.of(samples, 1, cap);

        // then
        assertThat(window).hasSize(end - start);
        if (window.length > 0) {
            assertThat(window[0]).isEqualTo(start);
        }
    }

    @ParameterizedTest(name = "n = {0}: [{1}, {2})")
    @CsvSource({
        "3000000, 60000, 2940000",
        "3000001, 60001, 2940000",
        "2880000, 0, 2880000",
        "2879999, 0, 2879999",
        "2880001, 1, 2880000"
    })
    void keepsAtMost120SecondsAt24kHz(int n, int start, int end) {
        // given
        float[] samples = indexes(n);

        // when
        float[] window = MiddleWindow.of(samples, 24_000, 120);

        // then
        assertThat(window).hasSize(end - start);
        assertThat(window[0]).isEqualTo(start);
        assertThat(window[window.length - 1]).isEqualTo(end - 1);
    }

    @Test
    void returnsACopy() {
        // given
        float[] samples = {1, 2, 3};

        // when
        float[] window = MiddleWindow.of(samples, 1, 10);
        window[0] = 99;

        // then
        assertThat(samples).containsExactly(1, 2, 3);
    }

    @Test
    void refusesANegativeLength() {
        // when / then
        assertThatThrownBy(() -> MiddleWindow.of(new float[4], 24_000, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxSeconds");
    }

    /** Values up to 2^24 are exact in a float. */
    private static float[] indexes(int n) {
        float[] samples = new float[n];
        for (int i = 0; i < n; i++) {
            samples[i] = i;
        }
        return samples;
    }
}
