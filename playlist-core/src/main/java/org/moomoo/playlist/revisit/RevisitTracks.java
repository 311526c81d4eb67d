package org.moomoo.playlist.revisit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.generator.RandomOrder;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The revisit-tracks collection (spec/playlists-http-client.md 6.6): one shuffled playlist of the
 * strongest revisit candidates, at most one file per recording and two per artist.
 */
public final class RevisitTracks {

    /** Length of the playlist. */
    static final int PLAYLIST_LENGTH = 20;

    private static final int MAX_PER_ARTIST = 2;
    private static final int MAX_ROWS = 1000;

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;

    /** @param retry repeats a read that fails while the models are being rebuilt */
    public RevisitTracks(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
    }

    /** The playlist, or empty when the user has no revisit tracks. */
    public Optional<Playlist> playlist(String username, RandomGenerator random) {
        List<Track> candidates = candidates(username);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Track> tracks = new ArrayList<>(cull(candidates, PLAYLIST_LENGTH));
        RandomOrder.shuffleInPlace(tracks, random);
        return Optional.of(new Playlist("Revisit Tracks", "Tracks for " + username + " to revisit.", tracks));
    }

    /**
     * The user's candidates, strongest first; MBIDs as stored, without fallback. Each carries its
     * reason: the user's listens of the recording (how many, first and last day) and the days
     * since the last one as the models counted them; none when the listens are not found.
     */
    List<Track> candidates(String username) {
        return retry.read(() -> jdbc.sql("SELECT r.filepath, r.recording_mbid, r.artist_mbid, r.album_artist_mbid,"
                        + " floor(f.track_length_seconds)::integer AS track_length_seconds,"
                        + " h.plays, h.first_played, h.last_played, c.listen_recency_days::integer AS quiet_days"
                        + " FROM " + schema.table("revisit_tracks") + " r"
                        + " JOIN " + schema.table("local_files") + " f ON f.filepath = r.filepath"
                        + " LEFT JOIN " + schema.table("recording_listen_counts") + " c"
                        + " ON c.username = r.username AND c.recording_mbid = r.recording_mbid"
                        + " CROSS JOIN LATERAL (SELECT count(*)::integer AS plays,"
                        + " (min(l.listen_at_ts_utc) AT TIME ZONE 'UTC')::date AS first_played,"
                        + " (max(l.listen_at_ts_utc) AT TIME ZONE 'UTC')::date AS last_played"
                        + " FROM " + schema.table("listens") + " l"
                        + " WHERE l.username = r.username AND l.recording_mbid = r.recording_mbid) h"
                        + " WHERE r.username = :username"
                        + " ORDER BY r.revisit_score DESC, r.recording_mbid, r.filepath LIMIT " + MAX_ROWS)
                .param("username", username)
                .query((rs, i) -> new Track(
                                rs.getString("filepath"),
                                rs.getObject("recording_mbid", UUID.class),
                                null,
                                null,
                                rs.getObject("artist_mbid", UUID.class),
                                rs.getObject("album_artist_mbid", UUID.class),
                                rs.getObject("track_length_seconds", Integer.class),
                                null,
                                null)
                        .withReason(reason(rs)))
                .list());
    }

    private static Reason reason(ResultSet rs) throws SQLException {
        LocalDate first = rs.getObject("first_played", LocalDate.class);
        LocalDate last = rs.getObject("last_played", LocalDate.class);
        Integer quietDays = rs.getObject("quiet_days", Integer.class);
        if (first == null || last == null || quietDays == null) {
            return null;
        }
        return new Reason.RevisitTrack(rs.getInt("plays"), first, last, quietDays);
    }

    /**
     * The first {@code total} tracks, in input order, whose recording and path were not taken yet
     * and whose artist and album artist were taken fewer than twice. Artist and album artist share
     * one count; an album artist equal to the artist counts once. A missing MBID never matches
     * another (DESIGN 9.16).
     */
    static List<Track> cull(List<Track> tracks, int total) {
        Set<UUID> recordings = new HashSet<>();
        Set<String> paths = new HashSet<>();
        Map<UUID, Integer> artists = new HashMap<>();
        List<Track> accepted = new ArrayList<>();
        for (Track track : tracks) {
            if (accepted.size() == total) {
                break;
            }
            boolean fresh = (track.recordingMbid() == null || !recordings.contains(track.recordingMbid()))
                    && !paths.contains(track.filepath())
                    && artists.getOrDefault(track.artistMbid(), 0) < MAX_PER_ARTIST
                    && artists.getOrDefault(track.albumArtistMbid(), 0) < MAX_PER_ARTIST;
            if (!fresh) {
                continue;
            }
            accepted.add(track);
            if (track.recordingMbid() != null) {
                recordings.add(track.recordingMbid());
            }
            paths.add(track.filepath());
            if (track.artistMbid() != null) {
                artists.merge(track.artistMbid(), 1, Integer::sum);
            }
            if (track.albumArtistMbid() != null && !track.albumArtistMbid().equals(track.artistMbid())) {
                artists.merge(track.albumArtistMbid(), 1, Integer::sum);
            }
        }
        return accepted;
    }
}
