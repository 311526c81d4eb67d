package org.moomoo.client.api;

import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ExitCode;
import org.moomoo.client.playlist.Playlist;
import org.moomoo.client.playlist.Track;
import tools.jackson.databind.JsonNode;

/**
 * Reads the playlists of a success envelope (spec 7.3): {@code {"success": true, "playlists":
 * [{"playlist": [track, ...], "title": ..., "description": ...}]}}. Of each track only the path,
 * length, tags and reason object are kept; unknown keys are ignored, so a newer server's fields do no harm.
 */
final class PlaylistEnvelope {

    private PlaylistEnvelope() {}

    static List<Playlist> playlists(JsonNode envelope, HttpUrl route) {
        JsonNode playlists = envelope.get("playlists");
        if (playlists == null || !playlists.isArray()) {
            throw malformed(route, "it has no \"playlists\" list");
        }
        List<Playlist> result = new ArrayList<>();
        for (JsonNode playlist : playlists) {
            JsonNode tracks = playlist.get("playlist");
            if (tracks == null || !tracks.isArray()) {
                throw malformed(route, "a playlist has no \"playlist\" list of tracks");
            }
            List<Track> parsed = new ArrayList<>();
            for (JsonNode track : tracks) {
                parsed.add(track(track, route));
            }
            result.add(new Playlist(text(playlist, "title"), text(playlist, "description"), parsed));
        }
        return result;
    }

    private static Track track(JsonNode track, HttpUrl route) {
        String filepath = text(track, "filepath");
        if (filepath == null || filepath.isEmpty()) {
            throw malformed(route, "a track has no \"filepath\"");
        }
        JsonNode length = track.get("track_length_seconds");
        Integer seconds = length != null && length.isNumber() ? length.asInt() : null;
        // The reason is passed through whole: the client shows it, it does not interpret it.
        JsonNode reason = track.get("reason");
        return new Track(
                filepath,
                seconds,
                text(track, "title"),
                text(track, "artist"),
                text(track, "album"),
                reason != null && reason.isObject() ? reason : null);
    }

    private static String text(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    static ClientFailure malformed(HttpUrl route, String why) {
        return new ClientFailure(
                ExitCode.BAD_ANSWER,
                "the answer from " + route + " is not a moomoo playlist response: " + why
                        + "; is MOOMOO_HOST the playlist server?");
    }
}
