package org.moomoo.jobs.embed.audio;

/**
 * The low-pass filter of one resampling ratio {@code up/down} (reduced), split into its
 * {@code up} phases.
 *
 * <p>Conceptually the input is upsampled by {@code up} (zeros inserted), low-pass filtered and
 * kept every {@code down}-th sample. The filter is a Kaiser-windowed sinc designed at the
 * upsampled rate: flat to {@value #PASSBAND_END} of the lower of the two Nyquist frequencies,
 * at least {@value #STOPBAND_ATTENUATION_DB} dB down from that Nyquist frequency on, so nothing
 * above the output's Nyquist frequency folds back into the output. Only every {@code up}-th tap
 * meets a non-zero input sample, so output {@code j}, which lies at input position
 * {@code j * down / up}, uses only the taps of phase {@code (j * down) % up}.
 *
 * <p>Phase {@code p} holds {@link #tapsPerPhase} taps; tap {@code k} weighs input sample
 * {@code floor(j * down / up) + 1 - halfLength + k}. Each phase sums to 1, so a constant input
 * stays constant.
 */
final class PolyphaseFilter {

    /** Where the pass band ends, as a fraction of the lower Nyquist frequency. */
    static final double PASSBAND_END = 0.9;

    /** How far the stop band is below the pass band; 90 dB is below 16-bit noise of loud music. */
    static final double STOPBAND_ATTENUATION_DB = 90;

    final int up;
    final int down;
    /** Input samples on each side of an output sample that its phase weighs. */
    final int halfLength;

    final int tapsPerPhase;
    /** {@code up} phases of {@code tapsPerPhase} taps each, phase after phase. */
    final float[] taps;

    private PolyphaseFilter(int up, int down, int halfLength, float[] taps) {
        this.up = up;
        this.down = down;
        this.halfLength = halfLength;
        this.tapsPerPhase = 2 * halfLength;
        this.taps = taps;
    }

    /** Designs the filter for a reduced ratio {@code up/down}. */
    static PolyphaseFilter design(int up, int down) {
        // Frequencies in cycles per sample of the upsampled stream.
        double lowerNyquist = 0.5 / Math.max(up, down);
        double passEnd = PASSBAND_END * lowerNyquist;
        double cutoff = (passEnd + lowerNyquist) / 2;
        double transition = lowerNyquist - passEnd;
        // Kaiser's estimates of the window shape and of the length that meets the attenuation.
        double beta = 0.1102 * (STOPBAND_ATTENUATION_DB - 8.7);
        double length = (STOPBAND_ATTENUATION_DB - 7.95) / (2.285 * 2 * Math.PI * transition);
        int halfLength = (int) Math.ceil(length / (2.0 * up));
        int tapsPerPhase = 2 * halfLength;

        float[] taps = new float[up * tapsPerPhase];
        double[] phase = new double[tapsPerPhase];
        double windowHalfWidth = (double) halfLength * up;
        double besselOfBeta = besselI0(beta);
        for (int p = 0; p < up; p++) {
            double sum = 0;
            for (int k = 0; k < tapsPerPhase; k++) {
                // Distance, in upsampled samples, from the output instant to the input sample.
                double distance = p + (double) (halfLength - 1 - k) * up;
                double ratio = distance / windowHalfWidth;
                double window = Math.abs(ratio) >= 1 ? 0 : besselI0(beta * Math.sqrt(1 - ratio * ratio)) / besselOfBeta;
                phase[k] = sinc(2 * cutoff * distance) * window;
                sum += phase[k];
            }
            for (int k = 0; k < tapsPerPhase; k++) {
                taps[p * tapsPerPhase + k] = (float) (phase[k] / sum);
            }
        }
        return new PolyphaseFilter(up, down, halfLength, taps);
    }

    private static double sinc(double x) {
        if (x == 0) {
            return 1;
        }
        double pix = Math.PI * x;
        return Math.sin(pix) / pix;
    }

    /** The modified Bessel function of the first kind, order 0, by its power series. */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double half = x / 2;
        for (int k = 1; k < 500; k++) {
            term *= half / k;
            double squared = term * term;
            sum += squared;
            if (squared < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }
}
