package org.moomoo.jobs.embed.mert;

import org.moomoo.jobs.embed.EmbeddingException;

/**
 * The one preprocessing step of MERT's feature extractor (a {@code Wav2Vec2FeatureExtractor} with
 * {@code do_normalize}): {@code (x - mean) / sqrt(variance + 1e-7)} with the population variance.
 * The epsilon keeps silence finite: an all-constant window becomes all zeros.
 */
final class ZeroMeanUnitVariance {

    static final double EPSILON = 1e-7;

    private ZeroMeanUnitVariance() {}

    /**
     * A normalised copy of {@code window}.
     *
     * @throws EmbeddingException when a sample is NaN or infinite
     */
    static float[] normalise(float[] window) {
        // Two passes in double: a 120 s window has 2.88 million samples, too many for a float sum.
        double sum = 0;
        for (float sample : window) {
            sum += sample;
        }
        double mean = sum / window.length;
        double squares = 0;
        for (float sample : window) {
            double deviation = sample - mean;
            squares += deviation * deviation;
        }
        double variance = squares / window.length;
        if (!Double.isFinite(mean) || !Double.isFinite(variance)) {
            throw new EmbeddingException("the decoded audio contains NaN or infinite samples");
        }
        double scale = 1.0 / Math.sqrt(variance + EPSILON);
        float[] normalised = new float[window.length];
        for (int i = 0; i < window.length; i++) {
            normalised[i] = (float) ((window[i] - mean) * scale);
        }
        return normalised;
    }
}
