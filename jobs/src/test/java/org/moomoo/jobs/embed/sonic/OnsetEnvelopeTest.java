package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OnsetEnvelopeTest {

    @Test
    void measuresTheMeanRiseOfTheBands() {
        // given two frames of two bands: one band rises 6 dB, the other falls 2 dB
        float[] decibels = {-10f, -20f, -4f, -22f};
        LogMelSpectrogram logMel = LogMelSpectrogram.fromPower(toPower(decibels), 2, 2);

        // when
        float[] envelope = OnsetEnvelope.of(logMel);

        // then falls count for nothing
        assertThat(envelope[0]).isZero();
        assertThat((double) envelope[1]).isCloseTo(3, within(1e-4));
    }

    @Test
    void countsSpikesStandingWellAboveTheirSurroundings() {
        // given a low flicker with a spike every 20 frames
        Random random = new Random(4);
        float[] envelope = new float[400];
        for (int t = 0; t < envelope.length; t++) {
            envelope[t] = 0.3f + 0.1f * random.nextFloat() + (t % 20 == 10 ? 5f : 0f);
        }

        // when
        int onsets = OnsetEnvelope.countOnsets(envelope, 1.1);

        // then
        assertThat(onsets).isEqualTo(20);
    }

    @Test
    void countsNoOnsetsInTheFlickerOfASteadySound() {
        // given
        Random random = new Random(4);
        float[] envelope = new float[400];
        for (int t = 0; t < envelope.length; t++) {
            envelope[t] = 0.3f + 0.1f * random.nextFloat();
        }

        // when
        int onsets = OnsetEnvelope.countOnsets(envelope, 0.03);

        // then
        assertThat(onsets).isZero();
    }

    private static float[] toPower(float[] decibels) {
        float[] power = new float[decibels.length];
        for (int i = 0; i < decibels.length; i++) {
            power[i] = (float) Math.pow(10, decibels[i] / 10);
        }
        return power;
    }
}
