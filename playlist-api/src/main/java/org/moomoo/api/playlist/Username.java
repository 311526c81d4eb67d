package org.moomoo.api.playlist;

import org.moomoo.api.system.ApiException;

/** A username as the routes accept it: 1 to 200 characters, no control characters. */
final class Username {

    static final int MAX_LENGTH = 200;

    private Username() {}

    /** {@code username} when acceptable; otherwise a 400 that says why. */
    static String check(String username) {
        if (username.isEmpty()) {
            throw ApiException.badRequest("username must not be empty.");
        }
        if (username.length() > MAX_LENGTH) {
            throw ApiException.badRequest(
                    "username is " + username.length() + " characters long; at most " + MAX_LENGTH + " are accepted.");
        }
        if (hasControlCharacter(username)) {
            throw ApiException.badRequest(
                    "username '" + GeneratorRequest.shown(username) + "' contains a control character.");
        }
        return username;
    }

    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
