package org.moomoo.api.playlist;

import java.util.Map;
import java.util.regex.Pattern;
import org.moomoo.api.system.ApiException;
import org.moomoo.playlist.similarity.SongPath;

/**
 * The parameters of {@code /playlist/path}: {@code from} and {@code to}, each one file relative to
 * the library (repeated and trailing slashes dropped, as {@code from-files} does), and {@code n}.
 * Every value is checked; a bad one is a 400 whose message names it and says what is expected.
 *
 * @param from the first track's path
 * @param to the last track's path
 * @param n total playlist length, both ends included, 2 to 500
 */
record PathRequest(String from, String to, int n) {

    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    static PathRequest of(Map<String, String[]> parameters) {
        String from = end(parameters, "from", "first");
        String to = end(parameters, "to", "last");
        String nText = GeneratorRequest.single(parameters, "n");
        int n = nText == null
                ? SongPath.DEFAULT_LENGTH
                : GeneratorRequest.whole("n", nText, 2, GeneratorRequest.MAX_N, "2 to " + GeneratorRequest.MAX_N);
        return new PathRequest(from, to, n);
    }

    private static String end(Map<String, String[]> parameters, String name, String which) {
        String value = GeneratorRequest.single(parameters, name);
        if (value == null) {
            throw ApiException.badRequest(name + " is missing: give the path of the " + which
                    + " track, relative to the library (/playlist/path?from=A.flac&to=B.flac).");
        }
        String path = SLASHES.matcher(value).replaceAll("/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            throw ApiException.badRequest(name + " must not be empty; give a file relative to the library.");
        }
        if (path.length() > GeneratorRequest.MAX_PATH_LENGTH) {
            throw ApiException.badRequest(name + " is " + path.length() + " characters long; at most "
                    + GeneratorRequest.MAX_PATH_LENGTH + " are accepted.");
        }
        if (Username.hasControlCharacter(path)) {
            throw ApiException.badRequest(
                    name + " '" + GeneratorRequest.shown(path) + "' contains a control character.");
        }
        return path;
    }
}
