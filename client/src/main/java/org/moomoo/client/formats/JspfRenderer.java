package org.moomoo.client.formats;

import java.time.Clock;
import org.moomoo.client.playlist.Playlist;
import org.moomoo.client.playlist.Track;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The jspf output: the JSON form of XSPF, {@code {"playlist": {"title", "creator", "annotation",
 * "date", "track": [{"location": [...], "title", "creator", "album", "duration"}]}}}, with the same
 * fields as the xspf output and absent keys for unknown values.
 */
public final class JspfRenderer implements PlaylistRenderer {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    public JspfRenderer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String render(Playlist playlist) {
        ObjectNode document = json.createObjectNode();
        ObjectNode body = document.putObject("playlist");
        optional(body, "title", playlist.title());
        body.put("creator", "moomoo");
        optional(body, "annotation", playlist.description());
        body.put("date", RenderingDate.now(clock));
        ArrayNode tracks = body.putArray("track");
        for (Track track : playlist.tracks()) {
            ObjectNode entry = tracks.addObject();
            entry.putArray("location").add(Locations.of(track.filepath()));
            optional(entry, "title", track.title());
            optional(entry, "creator", track.artist());
            optional(entry, "album", track.album());
            if (track.hasLength()) {
                entry.put("duration", track.lengthSeconds() * 1000L);
            }
        }
        return json.writeValueAsString(document) + "\n";
    }

    private static void optional(ObjectNode object, String name, String value) {
        if (value != null) {
            object.put(name, value);
        }
    }
}
