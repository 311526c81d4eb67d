package org.moomoo.jobs.embed;

/**
 * Turns the middle window of one track (mono samples at {@link #sampleRate()}, at most 120 s, see
 * spec/ml.md section 1) into one vector. Every embedding row records the {@link #name()} of the
 * embedder that made it, so changing the embedder re-embeds.
 *
 * <p>Implementations are safe to call from several threads at once.
 */
public interface Embedder extends AutoCloseable {

    /** The name stored with each vector, e.g. {@code sonic-v1}. */
    String name();

    /** The sample rate, in Hz, the window must have. */
    int sampleRate();

    /** The length of every vector this embedder returns. */
    int dimension();

    /**
     * The vector of one window.
     *
     * @throws EmbeddingException when the window cannot be embedded (the message says why)
     */
    float[] embed(float[] window);

    /** Frees native resources (a model session); nothing for pure-Java embedders. */
    @Override
    default void close() {}
}
