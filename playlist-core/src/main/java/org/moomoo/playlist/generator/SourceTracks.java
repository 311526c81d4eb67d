package org.moomoo.playlist.generator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.track.Track;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a generator's source tracks from {@code local_files}: seed tracks with all their ids, the
 * album artist falling back to the track artist, whole-second length (DESIGN 9.3: every seed carries
 * it) and {@code is_seed} true.
 */
public final class SourceTracks {

    private static final String COLUMNS = """
            filepath, recording_mbid, release_mbid, release_group_mbid, artist_mbid, album_artist_mbid,
            track_length_seconds""";

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;

    public SourceTracks(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
    }

    /**
     * Files that are one of {@code paths} or lie under one of them taken as a folder ({@code path/}):
     * a plain comparison, so {@code %} and {@code _} are literal and {@code Album} does not match
     * {@code Album (Deluxe)/...} (DESIGN 9.4). Ordered by path.
     */
    public List<Track> atOrUnder(List<String> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return retry.read(() -> jdbc.sql("""
                SELECT %s FROM %s f
                WHERE f.filepath = ANY(:paths)
                   OR EXISTS (SELECT 1 FROM unnest(CAST(:paths AS text[])) p WHERE starts_with(f.filepath, p || '/'))
                ORDER BY f.filepath
                """.formatted(COLUMNS, schema.table("local_files")))
                .param("paths", paths.toArray(String[]::new)).query(SourceTracks::seed).list());
    }

    /** The files that are exactly one of {@code paths}, ordered by path. */
    public List<Track> at(List<String> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return retry.read(() -> jdbc.sql("""
                SELECT %s FROM %s WHERE filepath = ANY(:paths) ORDER BY filepath
                """.formatted(COLUMNS, schema.table("local_files")))
                .param("paths", paths.toArray(String[]::new)).query(SourceTracks::seed).list());
    }

    private static Track seed(ResultSet rs, int rowNumber) throws SQLException {
        UUID artist = rs.getObject(5, UUID.class);
        UUID albumArtist = rs.getObject(6, UUID.class);
        float length = rs.getFloat(7);
        Integer seconds = rs.wasNull() ? null : (int) Math.floor(length);
        return new Track(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), artist, albumArtist != null ? albumArtist : artist, seconds, null, true);
    }
}
