package org.moomoo.api.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.TrackJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The playlist routes' envelope (spec/playlists-http-client.md 7.3), written as the original's
 * Python {@code json.dumps} writes it, so that it matches byte for byte: {@code ", "} and
 * {@code ": "} between items, non-ASCII characters escaped. Success:
 * {@code {"success": true, "playlists": [{"playlist": [...], "title": ..., "description": ...}]}};
 * failure: {@code {"success": false, "error": "..."}}.
 */
public final class JsonEnvelope {

    private static final JsonStringEncoder STRINGS = JsonStringEncoder.getInstance();

    private JsonEnvelope() {}

    /** The success body with {@code playlists}. */
    public static byte[] success(List<Playlist> playlists) {
        StringBuilder json = new StringBuilder(256).append("{\"success\":true,\"playlists\":[");
        for (int i = 0; i < playlists.size(); i++) {
            Playlist playlist = playlists.get(i);
            if (i > 0) {
                json.append(',');
            }
            // TrackJson is the one definition of a track's fields and their order.
            json.append("{\"playlist\":").append(TrackJson.compact(playlist.tracks()));
            if (playlist.title() != null) {
                string(json.append(",\"title\":"), playlist.title());
            }
            if (playlist.description() != null) {
                string(json.append(",\"description\":"), playlist.description());
            }
            json.append('}');
        }
        return pythonStyle(json.append("]}"));
    }

    /**
     * The success body of one playlist without title or description whose tracks are already JSON
     * objects: for a route that adds fields of its own to each track (the song path's {@code step}).
     */
    public static byte[] successOfTracks(String tracksJsonArray) {
        return pythonStyle(new StringBuilder("{\"success\":true,\"playlists\":[{\"playlist\":")
                .append(tracksJsonArray)
                .append("}]}"));
    }

    /** The failure body with {@code message}. */
    public static byte[] failure(String message) {
        return pythonStyle(string(new StringBuilder("{\"success\":false,\"error\":"), message)
                .append('}'));
    }

    /** A 200 response with {@code playlists}. */
    public static ResponseEntity<byte[]> ok(List<Playlist> playlists) {
        return ok(success(playlists));
    }

    /** A 200 response with a body {@link #success} made. */
    public static ResponseEntity<byte[]> ok(byte[] successBody) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(successBody);
    }

    /** A failure response. */
    public static ResponseEntity<byte[]> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(failure(message));
    }

    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        STRINGS.quoteAsString(value, json);
        return json.append('"');
    }

    /**
     * Compact JSON respaced as Python's defaults: a space after each {@code ,} and {@code :} outside
     * strings, and every character beyond ASCII as a {@code \\uXXXX} escape (UTF-16 units, as Python).
     */
    static byte[] pythonStyle(CharSequence compact) {
        StringBuilder out = new StringBuilder(compact.length() + compact.length() / 8);
        boolean inString = false;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c > 0x7e) {
                out.append("\\u")
                        .append(Character.forDigit(c >> 12, 16))
                        .append(Character.forDigit((c >> 8) & 0xf, 16))
                        .append(Character.forDigit((c >> 4) & 0xf, 16))
                        .append(Character.forDigit(c & 0xf, 16));
            } else if (inString) {
                out.append(c);
                if (c == '\\') {
                    // An escape is ASCII and never ends the string: copy its next character as it is.
                    out.append(compact.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else {
                out.append(c);
                if (c == '"') {
                    inString = true;
                } else if (c == ',' || c == ':') {
                    out.append(' ');
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
