package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OnsetTempoTest {

    private final OnsetTempo onsetTempo = new OnsetTempo(22_050 / 512.0);

    @Test
    void findsTheTempoAndOnsetRateOfAClickTrack() {
        // given clicks at 120 BPM for 30 s
        LogMelSpectrogram logMel = Signals.logMel(Signals.clicks(120, 30));

        // when
        OnsetTempo.Rhythm rhythm = onsetTempo.analyse(logMel);

        // then
        assertThat(rhythm.tempoBpm()).isCloseTo(120, within(2.0));
        assertThat(rhythm.onsetsPerSecond()).isCloseTo(2, within(0.1));
        assertThat(rhythm.pulseClarity()).isGreaterThan(0.8);
    }

    @Test
    void findsATempoThatFallsBetweenWholeFrames() {
        // given clicks at 93 BPM: a period of 27.8 frames
        LogMelSpectrogram logMel = Signals.logMel(Signals.clicks(93, 30));

        // when
        OnsetTempo.Rhythm rhythm = onsetTempo.analyse(logMel);

        // then
        assertThat(rhythm.tempoBpm()).isCloseTo(93, within(2.0));
    }

    @Test
    void givesTheStrongestTempoBandNearestTheBeat() {
        // given clicks at 145 BPM, beside the band centred on 143.8 BPM (index 5)
        LogMelSpectrogram logMel = Signals.logMel(Signals.clicks(145, 30));

        // when
        double[] bands = onsetTempo.analyse(logMel).tempoBands();

        // then
        assertThat(bands).hasSize(OnsetTempo.TEMPO_BANDS);
        for (int band = 0; band < bands.length; band++) {
            assertThat(bands[band]).isBetween(0.0, 1.0).isLessThanOrEqualTo(bands[5]);
        }
    }

    @Test
    void givesNoTempoAndNoOnsetsForSilence() {
        // given
        LogMelSpectrogram logMel = Signals.logMel(new float[10 * 22_050]);

        // when
        OnsetTempo.Rhythm rhythm = onsetTempo.analyse(logMel);

        // then
        assertThat(rhythm.tempoBpm()).isZero();
        assertThat(rhythm.onsetsPerSecond()).isZero();
        assertThat(rhythm.pulseClarity()).isZero();
        assertThat(rhythm.tempoBands()).containsOnly(0.0);
        assertThat(rhythm.strengthMean()).isZero();
    }
}
