package org.moomoo.playlist.similarity;

/**
 * pgvector's text form, {@code [1,2.5,-3]}, read into a float array: how the engine's snapshot and
 * the smart mixes load embeddings and artist factors selected as text.
 */
public final class VectorText {

    private VectorText() {}

    /** The vector written as {@code [x,y,...]}; {@code []} is the empty vector. */
    public static float[] parse(String text) {
        String inner = text.substring(1, text.length() - 1);
        if (inner.isEmpty()) {
            return new float[0];
        }
        String[] parts = inner.split(",");
        float[] vector = new float[parts.length];
        for (int k = 0; k < parts.length; k++) {
            vector[k] = Float.parseFloat(parts[k]);
        }
        return vector;
    }
}
