package org.moomoo.api.system;

import java.util.List;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.moomoo.playlist.track.TrackJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The playlist routes' envelope (spec/playlists-http-client.md 7.3), written as the original's
 * Python {@code json.dumps} writes it, so that it matches byte for byte: {@code ", "} and
 * {@code ": "} between items, non-ASCII characters escaped. Success:
 * {@code {"success": true, "playlists": [{"playlist": [...], "title": ..., "description": ...}]}};
 * failure: {@code {"success": false, "error": "..."}}.
 */
public final class JsonEnvelope {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final ObjectWriter PYTHON_STYLE = MAPPER.writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEntrySpacing(Separators.Spacing.AFTER)
                    .withArrayElementSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
            .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter()));

    private JsonEnvelope() {
    }

    /** The success body with {@code playlists}. */
    public static byte[] success(List<Playlist> playlists) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("success", true);
        ArrayNode items = body.putArray("playlists");
        for (Playlist playlist : playlists) {
            ObjectNode item = items.addObject();
            ArrayNode tracks = item.putArray("playlist");
            for (Track track : playlist.tracks()) {
                // TrackJson is the one definition of a track's fields and their order; respaced here.
                tracks.add(MAPPER.readTree(TrackJson.compact(track)));
            }
            if (playlist.title() != null) {
                item.put("title", playlist.title());
            }
            if (playlist.description() != null) {
                item.put("description", playlist.description());
            }
        }
        return write(body);
    }

    /** The failure body with {@code message}. */
    public static byte[] failure(String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("success", false);
        body.put("error", message);
        return write(body);
    }

    /** A 200 response with {@code playlists}. */
    public static ResponseEntity<byte[]> ok(List<Playlist> playlists) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(success(playlists));
    }

    /** A failure response. */
    public static ResponseEntity<byte[]> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(failure(message));
    }

    private static byte[] write(JsonNode body) {
        return PYTHON_STYLE.writeValueAsBytes(body);
    }
}
