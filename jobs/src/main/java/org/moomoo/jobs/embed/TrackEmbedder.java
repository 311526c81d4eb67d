package org.moomoo.jobs.embed;

import java.nio.file.Path;
import org.moomoo.jobs.embed.audio.AudioDecoder;
import org.moomoo.jobs.embed.audio.DecodingException;
import org.moomoo.jobs.embed.audio.MiddleWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes one track, cuts its middle window (at most 120 s) and embeds it (spec/ml.md section 1).
 * Used by the {@code embed} job and by {@code embed-one}; safe to call from several threads.
 */
public final class TrackEmbedder {

    /** The longest stretch of a track that is embedded, from its middle. */
    public static final double WINDOW_SECONDS = 120.0;

    private static final Logger log = LoggerFactory.getLogger(TrackEmbedder.class);

    private final AudioDecoder decoder;
    private final Embedder embedder;

    public TrackEmbedder(AudioDecoder decoder, Embedder embedder) {
        this.decoder = decoder;
        this.embedder = embedder;
    }

    /** The embedder's name, stored with every row. */
    public String embedderName() {
        return embedder.name();
    }

    /**
     * The row of {@code file}: its vector, or a failure with the reason when the file cannot be
     * decoded or embedded.
     */
    public EmbeddingRow embed(Path file, String relativePath) {
        try {
            float[] samples = decoder.decodeMono(file, embedder.sampleRate());
            float[] window = MiddleWindow.of(samples, embedder.sampleRate(), WINDOW_SECONDS);
            if (window.length == 0) {
                throw new EmbeddingException("no audio samples");
            }
            float[] vector = embedder.embed(window);
            double seconds = Math.round(window.length * 1000.0 / embedder.sampleRate()) / 1000.0;
            return EmbeddingRow.success(relativePath, embedder.name(), vector, seconds);
        } catch (DecodingException | EmbeddingException e) {
            log.warn("Cannot embed {}: {}", relativePath, e.getMessage());
            return EmbeddingRow.failure(relativePath, embedder.name(), e.getMessage());
        } catch (OutOfMemoryError e) {
            // A very long file: this track fails, the others go on.
            log.warn("Cannot embed {}: not enough memory to decode it", relativePath);
            return EmbeddingRow.failure(relativePath, embedder.name(), "not enough memory to decode the file");
        }
    }
}
