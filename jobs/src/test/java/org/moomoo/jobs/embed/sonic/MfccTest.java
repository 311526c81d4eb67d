package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MfccTest {

    private final Mfcc mfcc = new Mfcc(40, 20);

    @Test
    void givesZeroCoefficientsForAFlatLogMelFrame() {
        // given
        float[] flat = new float[40];
        Arrays.fill(flat, -23.5f);

        // when
        float[] coefficients = new float[20];
        mfcc.apply(flat, 0, coefficients);

        // then coefficient 0 would carry the level; it is left out
        for (float c : coefficients) {
            assertThat((double) c).isCloseTo(0, within(1e-4));
        }
    }

    @Test
    void findsACosineOfTheSameOrderInItsCoefficient() {
        // given a log-mel frame shaped like DCT basis 3, at offset 40 in a larger array
        float[] frames = new float[80];
        for (int m = 0; m < 40; m++) {
            frames[40 + m] = (float) (10 * Math.cos(Math.PI * 3 * (m + 0.5) / 40));
        }

        // when
        float[] coefficients = new float[20];
        mfcc.apply(frames, 40, coefficients);

        // then the orthonormal DCT gives 10 * sqrt(40 / 2) at coefficient 3 (index 2) and 0 elsewhere
        for (int j = 0; j < 20; j++) {
            double expected = j == 2 ? 10 * Math.sqrt(20) : 0;
            assertThat((double) coefficients[j]).as("coefficient %d", j + 1).isCloseTo(expected, within(1e-3));
        }
    }
}
