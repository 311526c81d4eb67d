package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MelFilterBankTest {

    private final MelFilterBank bank = new MelFilterBank(40, 30, 11_025, 22_050, 2048);

    @Test
    void putsOneThousandHertzAtOneThousandMel() {
        // given the HTK mel formula

        // when
        double mel = MelFilterBank.hzToMel(1000);

        // then
        assertThat(mel).isCloseTo(1000, within(0.05));
        assertThat(MelFilterBank.hzToMel(0)).isZero();
    }

    @Test
    void convertsMelBackToTheSameFrequency() {
        // given
        double[] frequencies = {30, 440, 1000, 4000, 11_025};

        // when / then
        for (double hz : frequencies) {
            assertThat(MelFilterBank.melToHz(MelFilterBank.hzToMel(hz))).isCloseTo(hz, within(1e-9 * hz));
        }
    }

    @Test
    void spacesBandCentresEquallyInMel() {
        // given
        double first = MelFilterBank.hzToMel(bank.centreHz(1)) - MelFilterBank.hzToMel(bank.centreHz(0));

        // when
        double last = MelFilterBank.hzToMel(bank.centreHz(39)) - MelFilterBank.hzToMel(bank.centreHz(38));

        // then
        assertThat(last).isCloseTo(first, within(1e-9));
        assertThat(bank.centreHz(39)).isLessThan(11_025);
    }

    @Test
    void putsAPureToneInTheBandCentredNearestToIt() {
        // given
        float[] power = Signals.firstFramePower(Signals.sine(1000, 0.5, 1));

        // when
        float[] mel = new float[40];
        bank.apply(power, mel, 0);

        // then
        int loudest = Signals.indexOfMax(mel);
        for (int band = 0; band < 40; band++) {
            assertThat(Math.abs(bank.centreHz(loudest) - 1000))
                    .isLessThanOrEqualTo(Math.abs(bank.centreHz(band) - 1000));
        }
    }

    @Test
    void givesAFlatMelSpectrumForAFlatPowerSpectrum() {
        // given white noise's expected spectrum: the same power in every bin
        float[] power = new float[1025];
        Arrays.fill(power, 1f);

        // when
        float[] mel = new float[40];
        bank.apply(power, mel, 0);

        // then every unit-area filter returns the power density: 1 per bin of 22050/2048 Hz
        double perHertz = 2048 / 22_050.0;
        for (float band : mel) {
            assertThat((double) band).isCloseTo(perHertz, within(0.05 * perHertz));
        }
    }
}
