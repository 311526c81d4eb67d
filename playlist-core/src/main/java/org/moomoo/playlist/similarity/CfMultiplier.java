package org.moomoo.playlist.similarity;

/**
 * The collaborative-filtering multiplier m(score) = e^((score - baseline) * scalar) of
 * spec/playlists-http-client.md 3: a distance is divided by it, so artists that are often listened
 * to together look closer. A missing score is neutral (multiplier 1).
 */
public final class CfMultiplier {

    /** Slope of the multiplier. */
    public static final double SCALAR = 0.5;
    /** The score treated as neutral: the median artist's median score, derived offline by the original. */
    public static final double BASELINE = 0.363023320190634;
    /**
     * No multiplier exceeds this: scores are cosine similarities, at most 1, plus a margin for the
     * rounding of a cosine computed in floating point.
     */
    public static final double LARGEST = of(1.0 + 1e-6);

    private CfMultiplier() {}

    /** The multiplier of a score; NaN (no score) gives 1. */
    public static double of(double score) {
        if (Double.isNaN(score)) {
            return 1.0;
        }
        return Math.exp((score - BASELINE) * SCALAR);
    }
}
