package org.moomoo.playlist.track;

import java.util.List;
import java.util.UUID;

/**
 * The compact track JSON of spec/playlists-http-client.md 2.4: the fields in their fixed order,
 * every null field left out, ids as lower-case hyphenated strings, e.g.
 * {@code {"filepath":"a/b.flac","track_length_seconds":200,"is_seed":true}}. The tags come last,
 * as {@code title}, {@code artist} and {@code album}: fields added to the spec's, which clients
 * that do not know them skip. So does the optional {@code reason} object ({@link ReasonJson}), the
 * last field.
 */
public final class TrackJson {

    private TrackJson() {}

    /** One track as a JSON object. */
    public static String compact(Track track) {
        StringBuilder json = new StringBuilder("{");
        string(json, "filepath", track.filepath());
        uuid(json, "recording_mbid", track.recordingMbid());
        uuid(json, "release_mbid", track.releaseMbid());
        uuid(json, "release_group_mbid", track.releaseGroupMbid());
        uuid(json, "artist_mbid", track.artistMbid());
        uuid(json, "album_artist_mbid", track.albumArtistMbid());
        if (track.trackLengthSeconds() != null) {
            name(json, "track_length_seconds").append(track.trackLengthSeconds());
        }
        if (track.matchDistance() != null) {
            name(json, "match_distance").append(track.matchDistance());
        }
        if (track.isSeed() != null) {
            name(json, "is_seed").append(track.isSeed());
        }
        optionalString(json, "title", track.title());
        optionalString(json, "artist", track.artist());
        optionalString(json, "album", track.album());
        if (track.reason() != null) {
            name(json, "reason").append(ReasonJson.write(track.reason()));
        }
        return json.append('}').toString();
    }

    /** Tracks as a JSON array of compact objects. */
    public static String compact(List<Track> tracks) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < tracks.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(compact(tracks.get(i)));
        }
        return json.append(']').toString();
    }

    private static void uuid(StringBuilder json, String name, UUID value) {
        if (value != null) {
            string(json, name, value.toString());
        }
    }

    private static void optionalString(StringBuilder json, String name, String value) {
        if (value != null) {
            string(json, name, value);
        }
    }

    private static void string(StringBuilder json, String name, String value) {
        name(json, name).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static StringBuilder name(StringBuilder json, String name) {
        if (json.length() > 1) {
            json.append(',');
        }
        return json.append('"').append(name).append("\":");
    }
}
