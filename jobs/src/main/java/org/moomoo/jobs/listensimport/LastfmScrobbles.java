package org.moomoo.jobs.listensimport;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.moomoo.jobs.listensimport.ImportItem.Malformed;
import org.moomoo.jobs.listensimport.ListenJson.Play;

/**
 * Rows of a Last.fm scrobble CSV. Columns are found by header name (case-insensitive): artist,
 * album, track and a time ({@code uts} or {@code timestamp} in epoch seconds, or {@code utc_time} /
 * {@code date} such as {@code 31 Jan 2021, 18:04} or an ISO time, all UTC), and optionally
 * {@code track_mbid}, {@code album_mbid} and {@code artist_mbid}.
 */
final class LastfmScrobbles {

    private static final List<String> ARTIST = List.of("artist", "artist_name", "artist name");
    private static final List<String> ALBUM = List.of("album", "album_name", "album name", "release");
    private static final List<String> TRACK = List.of("track", "track_name", "track name", "title", "name");
    private static final List<String> TIME =
            List.of("uts", "timestamp", "utc_time", "date", "time", "played_at", "scrobble_time");
    private static final List<String> TRACK_MBID = List.of("track_mbid", "recording_mbid", "mbid");
    private static final List<String> ALBUM_MBID = List.of("album_mbid", "release_mbid");
    private static final List<String> ARTIST_MBID = List.of("artist_mbid");

    private static final DateTimeFormatter LASTFM_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d MMM yyyy[,] HH:mm[:ss]")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter PLAIN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");

    private final ListenJson listens;

    LastfmScrobbles(ListenJson listens) {
        this.listens = listens;
    }

    ImportItem row(String where, Map<String, String> fields, String username) {
        String artist = first(fields, ARTIST);
        String track = first(fields, TRACK);
        String time = first(fields, TIME);
        if (artist == null || track == null || time == null) {
            return new Malformed(where, "needs an artist, a track and a time; the header has " + fields.keySet());
        }
        Long listenedAt = epoch(time);
        if (listenedAt == null) {
            return new Malformed(where, "unreadable time '" + time + "'");
        }
        String artistMbid = mbid(first(fields, ARTIST_MBID));
        return listens.listen(
                new Play(
                        listenedAt,
                        artist,
                        track,
                        first(fields, ALBUM),
                        mbid(first(fields, TRACK_MBID)),
                        mbid(first(fields, ALBUM_MBID)),
                        artistMbid == null ? List.of() : List.of(artistMbid),
                        "last.fm",
                        null),
                username);
    }

    private static String first(Map<String, String> fields, List<String> names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String mbid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long epoch(String time) {
        if (time.chars().allMatch(Character::isDigit)) {
            long value = Long.parseLong(time);
            // Milliseconds, as some exporters write them.
            return value > 100_000_000_000L ? value / 1000 : value;
        }
        try {
            return Instant.parse(time).getEpochSecond();
        } catch (DateTimeParseException notIso) {
            for (DateTimeFormatter format : List.of(LASTFM_TIME, PLAIN_TIME)) {
                try {
                    return LocalDateTime.parse(time, format).toEpochSecond(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    // Try the next format.
                }
            }
            return null;
        }
    }
}
