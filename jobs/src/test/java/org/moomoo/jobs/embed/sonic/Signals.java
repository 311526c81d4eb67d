package org.moomoo.jobs.embed.sonic;

import org.moomoo.testsupport.audio.SineWave;

/** Simple test signals with a known answer: sines, click tracks, steps in level. */
final class Signals {

    static final int RATE = SonicEmbedder.SAMPLE_RATE;

    private Signals() {}

    static float[] sine(double hz, double amplitude, double seconds) {
        return SineWave.of(hz, amplitude, RATE, seconds);
    }

    /** A single-sample click of full scale every beat, starting at the first sample. */
    static float[] clicks(double bpm, double seconds) {
        float[] samples = new float[(int) (seconds * RATE)];
        double beat = 60.0 * RATE / bpm;
        for (double at = 0; at < samples.length; at += beat) {
            samples[(int) at] = 1;
        }
        return samples;
    }

    /** The power spectrum of the first frame of {@code samples}. */
    static float[] firstFramePower(float[] samples) {
        return new Spectrogram().power(samples, 0).clone();
    }

    /** The log-mel spectrogram the embedder computes (40 bands from 30 Hz) of {@code samples}. */
    static LogMelSpectrogram logMel(float[] samples) {
        MelFilterBank bank = new MelFilterBank(40, 30, RATE / 2.0, RATE, Spectrogram.FRAME_LENGTH);
        Spectrogram spectrogram = new Spectrogram();
        int frames = Spectrogram.frameCount(samples.length);
        float[] mel = new float[frames * bank.bands()];
        for (int t = 0; t < frames; t++) {
            bank.apply(spectrogram.power(samples, t), mel, t * bank.bands());
        }
        return LogMelSpectrogram.fromPower(mel, frames, bank.bands());
    }

    static int indexOfMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
