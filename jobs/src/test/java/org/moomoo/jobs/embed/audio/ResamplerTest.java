package org.moomoo.jobs.embed.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moomoo.testsupport.audio.SineWave;

class ResamplerTest {

    @ParameterizedTest(name = "{0} Hz to {1} Hz")
    @CsvSource({"44100, 24000", "44100, 22050", "48000, 24000", "16000, 24000", "11025, 24000", "8000, 24000"})
    void keepsTheFrequencyAndAmplitudeOfA1kHzTone(int from, int to) {
        // given
        float[] tone = SineWave.of(1000, 0.5, from, 3);

        // when
        float[] resampled = Resampler.resample(tone, from, to);

        // then
        assertThat(ToneMeter.dominantFrequency(resampled, to)).isCloseTo(1000, within(0.5));
        assertThat(decibels(ToneMeter.amplitude(resampled, to) / 0.5)).isCloseTo(0, within(0.5));
    }

    @ParameterizedTest(name = "{2} Hz from {0} Hz to {1} Hz")
    @CsvSource({"44100, 22050, 15000", "44100, 24000, 12500", "48000, 24000, 20000", "44100, 22050, 11500"})
    void removesAToneAboveTheNewNyquistFrequency(int from, int to, int frequency) {
        // given
        float[] tone = SineWave.of(frequency, 0.5, from, 3);

        // when
        float[] resampled = Resampler.resample(tone, from, to);

        // then: what is left would be an alias, so it must be at least 60 dB down
        assertThat(decibels(ToneMeter.amplitude(resampled, to) / 0.5)).isLessThan(-60);
    }

    @Test
    void doesNotDelayTheSignal() {
        // given
        float[] tone = SineWave.of(1000, 0.5, 44100, 2);

        // when
        float[] resampled = Resampler.resample(tone, 44100, 24000);

        // then: output sample j lies at time j / 24000, as the same sine sampled at 24 kHz
        float[] expected = SineWave.of(1000, 0.5, 24000, 2);
        for (int j = 12_000; j < 36_000; j++) {
            assertThat(resampled[j]).as("sample %d", j).isCloseTo(expected[j], within(1e-3f));
        }
    }

    @ParameterizedTest(name = "{0} samples from {1} Hz to {2} Hz")
    @CsvSource({
        "0, 44100, 24000", "1, 44100, 24000", "2, 44100, 24000", "147, 44100, 24000",
        "148, 44100, 24000", "1000, 44100, 22050", "1001, 44100, 22050", "999, 16000, 24000",
        "44101, 48000, 24000", "12345, 22050, 24000", "777, 8000, 24000"
    })
    void outputLengthIsTheInputLengthTimesTheRatio(int length, int from, int to) {
        // when
        float[] resampled = Resampler.resample(new float[length], from, to);

        // then
        assertThat((double) resampled.length).isCloseTo((double) Math.round((double) length * to / from), within(1.0));
    }

    @Test
    void keepsAConstantSignalConstantInEveryPhase() {
        // given
        float[] constant = new float[44100];
        Arrays.fill(constant, 0.25f);

        // when
        float[] resampled = Resampler.resample(constant, 44100, 24000);

        // then: away from the edges, where the silence outside the input comes in
        for (int j = 1000; j < resampled.length - 1000; j++) {
            assertThat(resampled[j]).as("sample %d", j).isCloseTo(0.25f, within(1e-5f));
        }
    }

    @Test
    void returnsTheInputWhenTheRatesAreEqual() {
        // given
        float[] input = {0.1f, -0.2f, 0.3f};

        // when
        float[] resampled = Resampler.resample(input, 24000, 24000);

        // then
        assertThat(resampled).isSameAs(input);
    }

    @Test
    void givesTheSameResultOnSeveralThreadsAtOnce() throws Exception {
        // given: a ratio no other test uses, so the threads race to design its filter
        float[] tone = SineWave.of(440, 0.5, 37800, 2);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<float[]>> results = new ArrayList<>();

        // when
        try {
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> Resampler.resample(tone, 37800, 24000)));
            }
            float[] alone = Resampler.resample(tone, 37800, 24000);

            // then
            for (Future<float[]> result : results) {
                assertThat(result.get()).containsExactly(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void refusesARateThatIsNotPositive() {
        // when / then
        assertThatThrownBy(() -> Resampler.resample(new float[10], 0, 24000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }

    private static double decibels(double ratio) {
        return 20 * Math.log10(ratio);
    }
}
