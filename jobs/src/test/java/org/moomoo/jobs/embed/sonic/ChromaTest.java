package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChromaTest {

    private final Chroma chroma = new Chroma(60, 5000, 22_050, 2048);

    @Test
    void placesConcertPitchOnA() {
        // given A4 = 440 Hz, with C as pitch class 0

        // when / then
        assertThat(Chroma.pitchClass(440)).isCloseTo(9, within(1e-9));
        assertThat(Chroma.pitchClass(220)).isCloseTo(9, within(1e-9));
        assertThat(Chroma.pitchClass(392.00)).isCloseTo(7, within(0.01));
        assertThat(Chroma.pitchClass(277.18)).isCloseTo(1, within(0.01));
    }

    @Test
    void lightsUpTheClassOfASine() {
        // given a G5 sine (783.99 Hz)
        float[] power = Signals.firstFramePower(Signals.sine(783.99, 0.5, 1));

        // when
        float[] classes = new float[Chroma.CLASSES];
        chroma.apply(power, classes, 0);
        Chroma.normalise(classes, 1);

        // then
        assertThat(Signals.indexOfMax(classes)).isEqualTo(7);
        assertThat(classes[7]).isGreaterThan(0.5f);
    }

    @Test
    void normalisesEachFrameToSumOneAndKeepsSilenceAtZero() {
        // given a loud frame and a silent one
        float[] energy = new float[2 * Chroma.CLASSES];
        energy[0] = 3;
        energy[4] = 1;

        // when
        Chroma.normalise(energy, 2);

        // then
        assertThat(energy[0]).isEqualTo(0.75f);
        assertThat(energy[4]).isEqualTo(0.25f);
        for (int c = Chroma.CLASSES; c < 2 * Chroma.CLASSES; c++) {
            assertThat(energy[c]).isZero();
        }
    }

    @Test
    void keepsAnAllSilentWindowAtZero() {
        // given
        float[] energy = new float[3 * Chroma.CLASSES];

        // when
        Chroma.normalise(energy, 3);

        // then
        assertThat(energy).containsOnly(0f);
    }
}
