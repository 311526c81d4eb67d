package org.moomoo.jobs.embed;

/** A track that cannot be embedded; the message is the reason stored in its failure row. */
public class EmbeddingException extends RuntimeException {

    public EmbeddingException(String message) {
        super(message);
    }

    public EmbeddingException(String message, Throwable cause) {
        super(message, cause);
    }
}
