package org.moomoo.jobs.embed.audio;

/** An audio file that cannot be decoded; the message is the reason, for the user, without Java words. */
public class DecodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DecodingException(String message) {
        super(message);
    }

    public DecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
