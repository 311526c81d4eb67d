package org.moomoo.jobs.embed.sonic;

/**
 * Mel-frequency cepstral coefficients: the orthonormal DCT-II of one frame's log-mel energies,
 * {@code c_j = s_j * sum_m x_m cos(pi j (m + 1/2) / M)} with {@code s_j = sqrt(2/M)}, keeping
 * coefficients 1 to {@link #coefficients()}.
 *
 * <p>Coefficient 0 (the frame's mean level) is left out on purpose: loudness has its own features,
 * and without it the cepstrum describes only the shape of the spectral envelope.
 *
 * <p>Immutable once built; safe to share between threads.
 */
final class Mfcc {

    private final int bands;
    private final int coefficients;
    private final float[] basis;

    Mfcc(int bands, int coefficients) {
        if (coefficients < 1 || coefficients >= bands) {
            throw new IllegalArgumentException(
                    coefficients + " coefficients need more than that many mel bands, not " + bands);
        }
        this.bands = bands;
        this.coefficients = coefficients;
        this.basis = new float[coefficients * bands];
        double scale = Math.sqrt(2.0 / bands);
        for (int j = 1; j <= coefficients; j++) {
            for (int m = 0; m < bands; m++) {
                basis[(j - 1) * bands + m] = (float) (scale * Math.cos(Math.PI * j * (m + 0.5) / bands));
            }
        }
    }

    int coefficients() {
        return coefficients;
    }

    /**
     * Writes coefficients 1..{@link #coefficients()} of the log-mel frame at {@code logMel[offset...]}
     * to {@code out[0...]}.
     */
    void apply(float[] logMel, int offset, float[] out) {
        for (int j = 0; j < coefficients; j++) {
            int row = j * bands;
            float sum = 0;
            for (int m = 0; m < bands; m++) {
                sum += basis[row + m] * logMel[offset + m];
            }
            out[j] = sum;
        }
    }
}
