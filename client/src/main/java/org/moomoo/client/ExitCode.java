package org.moomoo.client;

/**
 * The client's exit codes, one per kind of failure, so that scripts can tell a wrong token from an
 * unreachable server. 2 is picocli's code for invalid arguments; 99 is never used (Airflow reads it
 * as "skipped").
 */
public enum ExitCode {
    OK(0, "success: the playlist was printed or handed to the player"),
    SOFTWARE(1, "unexpected error in the client"),
    USAGE(2, "invalid arguments, no USERNAME, or no menu choice"),
    CONFIGURATION(
            3, "configuration or local input: a variable unset or invalid, a path missing or outside the library"),
    UNREACHABLE(4, "the server could not be reached at MOOMOO_HOST"),
    TOKEN(5, "the server refused the API token (401): check MOOMOO_API_TOKEN"),
    SERVER_ERROR(6, "the server answered with an error (its message is shown)"),
    BAD_ANSWER(7, "the server's answer was not a moomoo playlist response"),
    TIMEOUT(8, "no answer within MOOMOO_HTTP_TIMEOUT seconds"),
    PLAYER(9, "the music player could not be started");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /** One line for the help's list of exit codes. */
    public String meaning() {
        return meaning;
    }
}
