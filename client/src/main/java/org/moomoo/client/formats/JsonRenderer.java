package org.moomoo.client.formats;

import org.moomoo.client.playlist.Playlist;
import org.moomoo.client.playlist.Track;
import tools.jackson.databind.json.JsonMapper;

/**
 * The json output: one line, the original's keys in its order and spacing,
 * {@code {"playlist": [{"filepath": "/abs/a.mp3", "track_length_seconds": null}], "description": "aaa"}};
 * a track's title, artist, album and reason object and the playlist's title follow when the server
 * sent them.
 */
public final class JsonRenderer implements PlaylistRenderer {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String render(Playlist playlist) {
        StringBuilder out = new StringBuilder("{\"playlist\": [");
        for (int i = 0; i < playlist.tracks().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            track(out, playlist.tracks().get(i));
        }
        out.append("], \"description\": ").append(string(playlist.description()));
        optional(out, "title", playlist.title());
        return out.append("}\n").toString();
    }

    private void track(StringBuilder out, Track track) {
        out.append("{\"filepath\": ")
                .append(string(track.filepath()))
                .append(", \"track_length_seconds\": ")
                .append(track.lengthSeconds());
        optional(out, "title", track.title());
        optional(out, "artist", track.artist());
        optional(out, "album", track.album());
        if (track.reason() != null) {
            out.append(", \"reason\": ").append(json.writeValueAsString(track.reason()));
        }
        out.append('}');
    }

    private void optional(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(", \"").append(name).append("\": ").append(string(value));
        }
    }

    private String string(String value) {
        return value == null ? "null" : json.writeValueAsString(value);
    }
}
