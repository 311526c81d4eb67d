package org.moomoo.jobs.embed;

import org.moomoo.jobs.progress.FailureCounted;

/**
 * One row of {@code raw.local_music_embeddings}: a vector, or the reason there is none.
 *
 * @param filepath        path relative to the library root
 * @param embedder        name of the embedder that made (or failed to make) it
 * @param vector          the raw vector, null on failure
 * @param durationSeconds seconds of audio that went into the vector, null on failure
 * @param failReason      why the file could not be embedded, null on success
 */
public record EmbeddingRow(String filepath, String embedder, float[] vector, Double durationSeconds, String failReason)
        implements FailureCounted {

    static EmbeddingRow success(String filepath, String embedder, float[] vector, double durationSeconds) {
        return new EmbeddingRow(filepath, embedder, vector, durationSeconds, null);
    }

    static EmbeddingRow failure(String filepath, String embedder, String reason) {
        return new EmbeddingRow(filepath, embedder, null, null, reason);
    }

    @Override
    public boolean failed() {
        return failReason != null;
    }
}
