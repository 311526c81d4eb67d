package org.moomoo.api.system;

import org.springframework.http.HttpStatus;

/** The texts of errors that no route produced itself: an unknown path, a wrong method, a failure. */
final class ErrorMessages {

    static final String ROUTES = "/ping, /version, /playlist/from-files?path=..., /playlist/from-mbids?mbid=..., "
            + "/playlist/path?from=...&to=..., "
            + "/playlist/loved/USERNAME, /playlist/revisit-releases/USERNAME, /playlist/revisit-tracks/USERNAME, "
            + "/playlist/suggest/by-artist/USERNAME, /playlist/suggest/smart-mix/USERNAME, and for the web page /, "
            + "/users, /library/search?q=..., /library/file?path=..., /library/map";

    static final String DATABASE_UNAVAILABLE = "The database is unavailable; try again in a moment.";

    static final String NOT_SET_UP = "The database has no moomoo tables yet: run ./moomoo jobs list once to create "
            + "them, then ./moomoo jobs run build-models.";

    static final String INTERNAL = "The server failed to answer this request; its log says why.";

    private ErrorMessages() {}

    static String noRoute(String method, String path) {
        return "There is no route " + method + " " + path + "; the routes are " + ROUTES + ".";
    }

    static String methodNotAllowed(String method, String path) {
        return "Method " + method + " is not allowed on " + path + "; every route takes GET.";
    }

    /** The text for an error status reached without an exception of ours. */
    static String forStatus(int status, String method, String path) {
        if (status == HttpStatus.NOT_FOUND.value()) {
            return noRoute(method, path);
        }
        if (status == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return methodNotAllowed(method, path);
        }
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null || known.is5xxServerError()) {
            return INTERNAL;
        }
        return known.getReasonPhrase() + ".";
    }
}
