package org.moomoo.jobs.embed.sonic;

/**
 * Where a frame's energy sits and how peaky it is: centroid, bandwidth and roll-off of the magnitude
 * spectrum, a contrast value per octave band, and (from the log-mel frame) spectral flatness.
 *
 * <p>Contrast here is the peak-to-mean power ratio in decibels of each band ({@link #OCTAVE_EDGES_HZ}):
 * high for a few strong partials, about 8 dB for noise. It stands in for the usual quantile-based
 * contrast, which would need a sort of every band of every frame.
 *
 * <p>Immutable once built; safe to share between threads.
 */
final class SpectralShape {

    /** Edges of the contrast bands; the last band runs from 6,400 Hz to the Nyquist frequency. */
    static final double[] OCTAVE_EDGES_HZ = {0, 200, 400, 800, 1600, 3200, 6400};

    /** Contrast bands per frame. */
    static final int CONTRAST_BANDS = OCTAVE_EDGES_HZ.length;

    /** Where the contrasts start among the values {@link #measure} writes. */
    static final int CONTRAST_OFFSET = 3;

    /** Values per frame written by {@link #measure}: centroid, bandwidth, roll-off, then contrasts. */
    static final int VALUES = CONTRAST_OFFSET + CONTRAST_BANDS;

    /** Fraction of the magnitude sum below the roll-off frequency. */
    static final double ROLL_OFF_FRACTION = 0.85;

    private final double binHz;
    private final int[] bandStart;

    SpectralShape(int sampleRate, int frameLength) {
        this.binHz = (double) sampleRate / frameLength;
        int bins = frameLength / 2 + 1;
        this.bandStart = new int[CONTRAST_BANDS + 1];
        for (int b = 0; b < CONTRAST_BANDS; b++) {
            bandStart[b] = Math.min(bins, (int) Math.ceil(OCTAVE_EDGES_HZ[b] / binHz));
        }
        bandStart[CONTRAST_BANDS] = bins;
    }

    /**
     * Writes, for one power spectrum, the centroid (Hz), bandwidth (Hz, the magnitude-weighted
     * standard deviation of frequency around the centroid), roll-off (Hz) and the
     * {@link #CONTRAST_BANDS} contrasts (dB) to {@code out[0...VALUES-1]}. A silent frame gives zeros.
     */
    void measure(float[] power, double[] out) {
        double magnitudeSum = 0;
        double firstMoment = 0;
        double secondMoment = 0;
        double[] bandMagnitude = new double[CONTRAST_BANDS];
        for (int b = 0; b < CONTRAST_BANDS; b++) {
            double bandSum = 0;
            double powerSum = 0;
            float peak = 0;
            for (int k = bandStart[b]; k < bandStart[b + 1]; k++) {
                float p = power[k];
                double m = Math.sqrt(p);
                double f = k * binHz;
                bandSum += m;
                firstMoment += f * m;
                secondMoment += f * f * m;
                powerSum += p;
                peak = Math.max(peak, p);
            }
            bandMagnitude[b] = bandSum;
            magnitudeSum += bandSum;
            int bins = bandStart[b + 1] - bandStart[b];
            double mean = powerSum / Math.max(1, bins);
            out[CONTRAST_OFFSET + b] = mean > 0 ? 10 * Math.log10(peak / mean) : 0;
        }
        if (magnitudeSum <= 0) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0;
            return;
        }
        double centroid = firstMoment / magnitudeSum;
        out[0] = centroid;
        out[1] = Math.sqrt(Math.max(0, secondMoment / magnitudeSum - centroid * centroid));
        out[2] = rollOff(power, bandMagnitude, magnitudeSum);
    }

    // Finds the octave band where the running magnitude sum crosses the fraction, then only that
    // band's bins are walked again: a second full pass of square roots would double the cost.
    private double rollOff(float[] power, double[] bandMagnitude, double magnitudeSum) {
        double target = ROLL_OFF_FRACTION * magnitudeSum;
        double running = 0;
        int band = 0;
        while (band < CONTRAST_BANDS - 1 && running + bandMagnitude[band] < target) {
            running += bandMagnitude[band];
            band++;
        }
        for (int k = bandStart[band]; k < bandStart[band + 1]; k++) {
            running += Math.sqrt(power[k]);
            if (running >= target) {
                return k * binHz;
            }
        }
        return (bandStart[band + 1] - 1) * binHz;
    }

    /**
     * Spectral flatness of one log-mel frame ({@code count} values in dB from {@code offset}): the
     * geometric mean of the band energies over their arithmetic mean, in (0, 1]; 1 for a flat
     * spectrum such as white noise, near 0 for a pure tone.
     */
    static double flatness(float[] decibels, int offset, int count) {
        float loudest = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            loudest = Math.max(loudest, decibels[offset + i]);
        }
        // Energies relative to the loudest band: the ratio is unchanged and nothing overflows.
        double logSum = 0;
        double sum = 0;
        double lnTen = Math.log(10);
        for (int i = 0; i < count; i++) {
            double ln = (decibels[offset + i] - loudest) * lnTen / 10;
            logSum += ln;
            sum += Math.exp(ln);
        }
        return Math.exp(logSum / count) / (sum / count);
    }
}
