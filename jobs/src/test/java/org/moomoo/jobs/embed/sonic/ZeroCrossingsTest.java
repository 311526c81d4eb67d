package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ZeroCrossingsTest {

    @Test
    void countsTwoCrossingsPerPeriodOfASine() {
        // given a 1 kHz sine, offset by a quarter sample so no sample is exactly zero
        float[] sine = new float[5 * 22_050];
        for (int i = 0; i < sine.length; i++) {
            sine[i] = (float) Math.sin(2 * Math.PI * 1000 * (i + 0.25) / 22_050);
        }

        // when
        ZeroCrossings.Rate rate = ZeroCrossings.measure(sine, Spectrogram.frameCount(sine.length));

        // then
        assertThat(rate.mean()).isCloseTo(2000 / 22_050.0, within(0.002));
    }

    @Test
    void findsNoCrossingsInSilence() {
        // given
        float[] silence = new float[22_050];

        // when
        ZeroCrossings.Rate rate = ZeroCrossings.measure(silence, Spectrogram.frameCount(silence.length));

        // then
        assertThat(rate.mean()).isZero();
        assertThat(rate.spread()).isZero();
    }
}
