package org.moomoo.playlist.lovedtracks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The loved-tracks collection (spec/playlists-http-client.md 6.4): one playlist, most recent love
 * first, each track with the day it was loved.
 */
public final class LovedTracks {

    private static final Logger log = LoggerFactory.getLogger(LovedTracks.class);

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;

    /** @param retry repeats a read that fails while the models are being rebuilt */
    public LovedTracks(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
    }

    /** The playlist of the user's loved files, or empty when there are none. */
    public Optional<Playlist> playlist(String username) {
        List<Track> tracks = retry.read(() -> jdbc.sql(
                        "SELECT l.filepath, floor(f.track_length_seconds)::integer AS track_length_seconds,"
                                + " (l.love_at AT TIME ZONE 'UTC')::date AS loved_on"
                                + " FROM " + schema.table("loved_tracks") + " l"
                                + " JOIN " + schema.table("local_files") + " f ON f.filepath = l.filepath"
                                + " WHERE l.username = :username"
                                + " ORDER BY l.love_at DESC, l.filepath")
                .param("username", username)
                .query((rs, i) -> new Track(
                                rs.getString("filepath"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                rs.getObject("track_length_seconds", Integer.class),
                                null,
                                null)
                        .withReason(loved(rs.getObject("loved_on", LocalDate.class))))
                .list());
        if (tracks.isEmpty()) {
            return Optional.empty();
        }
        log.info("Creating playlist for {} loved tracks.", tracks.size());
        return Optional.of(
                new Playlist("Loved Tracks", "Tracks that " + username + " has loved on ListenBrainz.", tracks));
    }

    /** The reason of a track loved on {@code day}; none when the model knows no day. */
    private static Reason loved(LocalDate day) {
        return day == null ? null : new Reason.Loved(day);
    }
}
