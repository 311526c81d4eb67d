package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoudnessTest {

    @Test
    void measuresAFullScaleSineAtMinusThreeDecibels() {
        // given
        float[] sine = Signals.sine(1000, 1.0, 5);
        int frames = Spectrogram.frameCount(sine.length);

        // when
        Loudness.Levels levels = Loudness.measure(sine, frames);

        // then 10 log10(1/2); frames hold a non-whole number of periods, so levels wobble a little
        assertThat(levels.mean()).isCloseTo(-3.0103, within(0.01));
        assertThat(levels.spread()).isLessThan(0.05);
        assertThat(levels.range()).isLessThan(0.05);
    }

    @Test
    void measuresTheRangeBetweenALoudAndAQuietHalf() {
        // given 10 s at amplitude 1 then 10 s at amplitude 0.1 (20 dB quieter)
        float[] loud = Signals.sine(440, 1.0, 10);
        float[] quiet = Signals.sine(440, 0.1, 10);
        float[] both = new float[loud.length + quiet.length];
        System.arraycopy(loud, 0, both, 0, loud.length);
        System.arraycopy(quiet, 0, both, loud.length, quiet.length);

        // when
        Loudness.Levels levels = Loudness.measure(both, Spectrogram.frameCount(both.length));

        // then
        assertThat(levels.loud()).isCloseTo(-3.01, within(0.05));
        assertThat(levels.range()).isCloseTo(20, within(0.1));
        assertThat(levels.spread()).isCloseTo(10, within(0.2));
    }

    @Test
    void floorsSilence() {
        // given
        float[] silence = new float[22_050];

        // when
        Loudness.Levels levels = Loudness.measure(silence, Spectrogram.frameCount(silence.length));

        // then
        assertThat(levels.mean()).isEqualTo(Loudness.FLOOR_DB);
        assertThat(levels.range()).isZero();
    }
}
