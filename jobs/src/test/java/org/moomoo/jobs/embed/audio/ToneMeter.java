package org.moomoo.jobs.embed.audio;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Measures a tone in the middle of a signal, away from the start and end where filters ramp up
 * and encoders add silence.
 */
final class ToneMeter {

    private ToneMeter() {}

    /**
     * The frequency of the strongest spectral peak of the middle second, in Hz: the peak bin of a
     * Hann-windowed DFT (1 Hz apart), refined by a parabola through it and its neighbours.
     */
    static double dominantFrequency(float[] samples, int rate) {
        return dominantFrequency(samples, rate, rate);
    }

    /**
     * The same over the middle {@code length} samples, for signals shorter than a second: the bins
     * are {@code rate / length} Hz apart.
     */
    static double dominantFrequency(float[] samples, int rate, int length) {
        int start = middleStart(samples, length);
        double[] spectrum = new double[length];
        for (int i = 0; i < length; i++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / length);
            spectrum[i] = samples[start + i] * hann;
        }
        new DoubleFFT_1D(length).realForward(spectrum);
        int peak = 1;
        for (int bin = 1; bin < length / 2; bin++) {
            if (magnitude(spectrum, bin) > magnitude(spectrum, peak)) {
                peak = bin;
            }
        }
        double left = magnitude(spectrum, peak - 1);
        double centre = magnitude(spectrum, peak);
        double right = peak + 1 < length / 2 ? magnitude(spectrum, peak + 1) : 0;
        double offset = 0.5 * (left - right) / (left - 2 * centre + right);
        return (peak + offset) * rate / length;
    }

    /**
     * The amplitude of a pure tone over the middle half second (whole periods of a tone of an even
     * number of hertz): its RMS times the square root of 2.
     */
    static double amplitude(float[] samples, int rate) {
        int length = rate / 2;
        int start = middleStart(samples, length);
        double sumOfSquares = 0;
        for (int i = start; i < start + length; i++) {
            sumOfSquares += (double) samples[i] * samples[i];
        }
        return Math.sqrt(2 * sumOfSquares / length);
    }

    private static int middleStart(float[] samples, int length) {
        if (samples.length < length) {
            throw new IllegalArgumentException("needs " + length + " samples, got " + samples.length);
        }
        return (samples.length - length) / 2;
    }

    private static double magnitude(double[] spectrum, int bin) {
        return Math.hypot(spectrum[2 * bin], spectrum[2 * bin + 1]);
    }
}
