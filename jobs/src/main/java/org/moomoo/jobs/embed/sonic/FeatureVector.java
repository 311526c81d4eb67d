package org.moomoo.jobs.embed.sonic;

import org.moomoo.jobs.embed.EmbeddingException;

/**
 * Fills an embedding vector block after block, in the order {@link SonicEmbedder} documents, and
 * checks at the end that the layout was filled exactly and that every value is finite.
 */
final class FeatureVector {

    private final float[] values;
    private int filled;

    FeatureVector(int dimension) {
        this.values = new float[dimension];
    }

    void add(double value) {
        values[filled++] = (float) value;
    }

    void addAll(double[] block) {
        for (double value : block) {
            add(value);
        }
    }

    void addMeans(Moments[] block) {
        for (Moments moments : block) {
            add(moments.mean());
        }
    }

    void addSpreads(Moments[] block) {
        for (Moments moments : block) {
            add(moments.spread());
        }
    }

    /** The finished vector; an embedding exception if any value is not finite. */
    float[] toArray() {
        if (filled != values.length) {
            throw new IllegalStateException("filled " + filled + " of " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new EmbeddingException("feature " + i + " of the sonic vector is not finite (" + values[i] + ")");
            }
        }
        return values;
    }
}
