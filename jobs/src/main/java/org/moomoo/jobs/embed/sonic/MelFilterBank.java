package org.moomoo.jobs.embed.sonic;

/**
 * Triangular filters equally spaced on the mel scale (the HTK formula {@code 2595 log10(1 + f/700)}),
 * each overlapping its neighbours by half and scaled to unit area ("Slaney" normalisation), so that
 * a band's output is the mean power density under it and white noise gives a flat mel spectrum.
 *
 * <p>Immutable once built; safe to share between threads.
 */
final class MelFilterBank {

    private final int bands;
    private final double[] edgesHz;
    private final int[] firstBin;
    private final float[][] weights;

    /**
     * @param bands       how many filters
     * @param minHz       lower edge of the lowest filter
     * @param maxHz       upper edge of the highest filter (at most the Nyquist frequency)
     * @param sampleRate  sample rate of the power spectra
     * @param frameLength FFT length of the power spectra ({@code frameLength / 2 + 1} bins)
     */
    MelFilterBank(int bands, double minHz, double maxHz, int sampleRate, int frameLength) {
        if (bands < 1 || minHz < 0 || maxHz <= minHz || maxHz > sampleRate / 2.0) {
            throw new IllegalArgumentException("bad mel filter bank: " + bands + " bands, " + minHz + "-" + maxHz
                    + " Hz at " + sampleRate + " Hz");
        }
        this.bands = bands;
        this.edgesHz = new double[bands + 2];
        double minMel = hzToMel(minHz);
        double maxMel = hzToMel(maxHz);
        for (int i = 0; i < edgesHz.length; i++) {
            edgesHz[i] = melToHz(minMel + (maxMel - minMel) * i / (bands + 1));
        }
        this.firstBin = new int[bands];
        this.weights = new float[bands][];
        int bins = frameLength / 2 + 1;
        double binHz = (double) sampleRate / frameLength;
        for (int band = 0; band < bands; band++) {
            double lower = edgesHz[band];
            double centre = edgesHz[band + 1];
            double upper = edgesHz[band + 2];
            int first = (int) Math.ceil(lower / binHz);
            int last = Math.min(bins - 1, (int) Math.floor(upper / binHz));
            double area = 2.0 / (upper - lower);
            float[] w = new float[Math.max(0, last - first + 1)];
            for (int k = first; k <= last; k++) {
                double f = k * binHz;
                double rising = (f - lower) / (centre - lower);
                double falling = (upper - f) / (upper - centre);
                w[k - first] = (float) (Math.max(0, Math.min(rising, falling)) * area);
            }
            firstBin[band] = first;
            weights[band] = w;
        }
    }

    /** Mel value of a frequency in Hz (HTK formula): 1000 Hz is about 1000 mel. */
    static double hzToMel(double hz) {
        return 2595.0 * Math.log10(1.0 + hz / 700.0);
    }

    /** Frequency in Hz of a mel value; the inverse of {@link #hzToMel(double)}. */
    static double melToHz(double mel) {
        return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
    }

    int bands() {
        return bands;
    }

    /** Centre frequency, in Hz, of filter {@code band} (0 is the lowest). */
    double centreHz(int band) {
        return edgesHz[band + 1];
    }

    /** Writes the {@link #bands()} filter outputs of one power spectrum to {@code out[offset...]}. */
    void apply(float[] power, float[] out, int offset) {
        for (int band = 0; band < bands; band++) {
            float[] w = weights[band];
            int first = firstBin[band];
            float sum = 0;
            for (int i = 0; i < w.length; i++) {
                sum += w[i] * power[first + i];
            }
            out[offset + band] = sum;
        }
    }
}
