package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpectralShapeTest {

    private final SpectralShape shape = new SpectralShape(22_050, 2048);

    @Test
    void centresAPureToneOnItsFrequency() {
        // given
        float[] power = Signals.firstFramePower(Signals.sine(1000, 0.5, 1));

        // when
        double[] values = new double[SpectralShape.VALUES];
        shape.measure(power, values);

        // then centroid and roll-off sit on the tone, and the bandwidth is a couple of bins
        assertThat(values[0]).isCloseTo(1000, within(5.0));
        assertThat(values[1]).isLessThan(25);
        assertThat(values[2]).isCloseTo(1000, within(22.0));
    }

    @Test
    void findsMoreContrastInATonalBandThanInNoise() {
        // given a 1 kHz tone (band 800-1,600 Hz, index 3) and white noise
        float[] tone = Signals.firstFramePower(Signals.sine(1000, 0.5, 1));
        Random random = new Random(11);
        float[] noiseSamples = new float[2048];
        for (int i = 0; i < noiseSamples.length; i++) {
            noiseSamples[i] = (float) random.nextGaussian() * 0.1f;
        }
        float[] noise = Signals.firstFramePower(noiseSamples);

        // when
        double[] toneValues = new double[SpectralShape.VALUES];
        double[] noiseValues = new double[SpectralShape.VALUES];
        shape.measure(tone, toneValues);
        shape.measure(noise, noiseValues);

        // then
        assertThat(toneValues[3 + 3]).isGreaterThan(15);
        assertThat(noiseValues[3 + 3]).isBetween(3.0, 12.0);
    }

    @Test
    void putsTheCentroidOfWhiteNoiseNearTheMiddleOfTheSpectrum() {
        // given a flat power spectrum
        float[] power = new float[1025];
        Arrays.fill(power, 1f);

        // when
        double[] values = new double[SpectralShape.VALUES];
        shape.measure(power, values);

        // then
        assertThat(values[0]).isCloseTo(11_025 / 2.0, within(10.0));
        assertThat(values[2]).isCloseTo(0.85 * 11_025, within(15.0));
    }

    @Test
    void givesZerosForASilentFrame() {
        // given
        float[] power = new float[1025];

        // when
        double[] values = new double[SpectralShape.VALUES];
        shape.measure(power, values);

        // then
        assertThat(values).containsOnly(0.0);
    }

    @Test
    void measuresAFlatLogMelFrameAsPerfectlyFlat() {
        // given
        float[] flat = new float[40];
        Arrays.fill(flat, -30f);

        // when
        double flatness = SpectralShape.flatness(flat, 0, 40);

        // then
        assertThat(flatness).isCloseTo(1, within(1e-9));
    }

    @Test
    void measuresOneLoudBandAsAlmostNotFlat() {
        // given one band at 0 dB and 39 at the 80 dB floor
        float[] peaky = new float[40];
        Arrays.fill(peaky, -80f);
        peaky[12] = 0f;

        // when
        double flatness = SpectralShape.flatness(peaky, 0, 40);

        // then geometric mean 10^(-78/10), arithmetic mean about 1/40
        assertThat(flatness).isCloseTo(40 * Math.pow(10, -7.8), within(1e-8));
    }
}
