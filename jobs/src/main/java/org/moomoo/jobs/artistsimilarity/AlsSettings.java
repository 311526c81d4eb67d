package org.moomoo.jobs.artistsimilarity;

/**
 * The hyper-parameters of implicit-feedback ALS.
 *
 * @param factors        length of every user and item vector
 * @param regularization the ridge penalty λ on every vector
 * @param alpha          confidence slope: an entry of weight w has confidence 1 + alpha * |w|
 * @param iterations     how many times both sides are solved
 * @param cgSteps        conjugate-gradient steps per row and solve, warm-started from the row's vector
 * @param seed           seed of the initial vectors, so that a fit is reproducible
 */
public record AlsSettings(int factors, float regularization, float alpha, int iterations, int cgSteps, long seed) {

    /** The original model's settings (spec/ingest.md 5.11 step 4). */
    public static final AlsSettings ARTIST_SIMILARITY = new AlsSettings(64, 0.05f, 2.0f, 15, 3, 42);

    public AlsSettings {
        if (factors < 1 || iterations < 0 || cgSteps < 1) {
            throw new IllegalArgumentException("factors and CG steps must be at least 1, iterations at least 0: "
                    + factors + ", " + cgSteps + ", " + iterations);
        }
        if (!(regularization >= 0) || !(alpha >= 0)) {
            throw new IllegalArgumentException(
                    "regularization and alpha must be at least 0: " + regularization + ", " + alpha);
        }
    }

    /** These settings with another number of iterations. */
    public AlsSettings withIterations(int newIterations) {
        return new AlsSettings(factors, regularization, alpha, newIterations, cgSteps, seed);
    }

    /** These settings with another number of conjugate-gradient steps. */
    public AlsSettings withCgSteps(int newCgSteps) {
        return new AlsSettings(factors, regularization, alpha, iterations, newCgSteps, seed);
    }

    /** These settings with another vector length. */
    public AlsSettings withFactors(int newFactors) {
        return new AlsSettings(newFactors, regularization, alpha, iterations, cgSteps, seed);
    }
}
