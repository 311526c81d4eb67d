package org.moomoo.client;

/**
 * A failure the person running the client can act on: its message is printed as one line on
 * standard error (never with a stack trace) and the process exits with its code.
 */
public final class ClientFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    public ClientFailure(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ClientFailure(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
