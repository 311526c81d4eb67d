package org.moomoo.jobs.listensimport;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.moomoo.jobs.listensimport.ImportItem.Malformed;
import org.moomoo.jobs.listensimport.ImportItem.Rule;
import org.moomoo.jobs.listensimport.ImportItem.Skipped;
import org.moomoo.jobs.listensimport.ListenJson.Play;
import tools.jackson.databind.JsonNode;

/**
 * Plays of Spotify's streaming history: the extended history ({@code ts}, {@code ms_played},
 * {@code master_metadata_*}, {@code spotify_track_uri}) and the older account-data one
 * ({@code endTime}, {@code artistName}, {@code trackName}, {@code msPlayed}). Spotify records when
 * a play ended; the listen is dated when it started ({@code ts - ms_played}). Plays shorter than 30
 * seconds, podcast episodes and other plays without a track (audiobooks) are left out.
 */
final class SpotifyPlays {

    static final long SHORTEST_PLAY_MS = 30_000;

    private static final DateTimeFormatter END_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ListenJson listens;

    SpotifyPlays(ListenJson listens) {
        this.listens = listens;
    }

    ImportItem play(String where, JsonNode play, boolean podcastFile, String username) {
        if (!play.isObject()) {
            return new Malformed(where, "not a JSON object");
        }
        boolean extended = play.has("ts");
        JsonNode played = play.path(extended ? "ms_played" : "msPlayed");
        if (!played.isNumber()) {
            return new Malformed(where, "no " + (extended ? "ms_played" : "msPlayed"));
        }
        if (podcastFile || text(play, "episode_name") != null || text(play, "spotify_episode_uri") != null) {
            return new Skipped(Rule.PODCAST);
        }
        String track = text(play, extended ? "master_metadata_track_name" : "trackName");
        String artist = text(play, extended ? "master_metadata_album_artist_name" : "artistName");
        if (track == null || artist == null) {
            return new Skipped(Rule.PODCAST);
        }
        long playedMs = played.asLong();
        if (playedMs < SHORTEST_PLAY_MS) {
            return new Skipped(Rule.SHORT_PLAY);
        }
        String time = text(play, extended ? "ts" : "endTime");
        Instant ended = time == null ? null : ended(time);
        if (ended == null) {
            return new Malformed(where, "unreadable " + (extended ? "ts" : "endTime") + " '" + time + "'");
        }
        return listens.listen(
                new Play(
                        ended.getEpochSecond() - playedMs / 1000,
                        artist,
                        track,
                        extended ? text(play, "master_metadata_album_album_name") : null,
                        null,
                        null,
                        List.of(),
                        "spotify.com",
                        trackUrl(text(play, "spotify_track_uri"))),
                username);
    }

    private static Instant ended(String time) {
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDateTime.parse(time, END_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static String trackUrl(String uri) {
        String prefix = "spotify:track:";
        return uri != null && uri.startsWith(prefix)
                ? "https://open.spotify.com/track/" + uri.substring(prefix.length())
                : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString();
    }
}
