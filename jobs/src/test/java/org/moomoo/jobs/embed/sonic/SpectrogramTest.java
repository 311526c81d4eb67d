package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class SpectrogramTest {

    @Test
    void countsOnlyWholeFrames() {
        // given frames of 2048 samples every 512

        // when / then
        assertThat(Spectrogram.frameCount(2047)).isZero();
        assertThat(Spectrogram.frameCount(2048)).isEqualTo(1);
        assertThat(Spectrogram.frameCount(2048 + 511)).isEqualTo(1);
        assertThat(Spectrogram.frameCount(2048 + 512)).isEqualTo(2);
        assertThat(Spectrogram.frameCount(120 * 22_050)).isEqualTo(5164);
    }

    @Test
    void putsASineOnTheBinOfItsFrequency() {
        // given a sine exactly on bin 93 (1001.3 Hz)
        double hz = Spectrogram.binFrequency(93, Signals.RATE);
        float[] samples = Signals.sine(hz, 0.5, 1);

        // when
        float[] power = Signals.firstFramePower(samples);

        // then the peak is there and the Hann window's leakage stays in the neighbouring bins
        assertThat(Signals.indexOfMax(power)).isEqualTo(93);
        assertThat(power[92]).isCloseTo(power[93] / 4, Percentage.withPercentage(1));
        assertThat(power[90]).isLessThan(power[93] * 1e-6f);
    }

    @Test
    void givesZeroPowerForSilence() {
        // given
        float[] silence = new float[4096];

        // when
        float[] power = Signals.firstFramePower(silence);

        // then
        assertThat(power).hasSize(Spectrogram.BINS).containsOnly(0f);
    }
}
