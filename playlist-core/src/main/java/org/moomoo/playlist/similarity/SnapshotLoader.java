package org.moomoo.playlist.similarity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a {@link LibrarySnapshot} from the database: the files of {@code local_files},
 * the artists' factors, the current conditioner's near-duplicate distance, and the id of the last
 * published model build.
 */
public final class SnapshotLoader implements SnapshotSource {

    /** The MERT value of the original, used when no conditioner has been fitted. */
    static final double DEFAULT_NEAR_DUPLICATE_DISTANCE = 0.5;

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;
    private final Double nearDuplicateOverride;

    public SnapshotLoader(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        this(jdbc, schema, retry, null);
    }

    private SnapshotLoader(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry, Double nearDuplicateOverride) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
        this.nearDuplicateOverride = nearDuplicateOverride;
    }

    /**
     * This loader with the near-duplicate distance fixed at {@code distance} instead of the current
     * conditioner's, so that a backtest can measure another threshold on the same models.
     */
    public SnapshotLoader withNearDuplicateDistance(double distance) {
        if (!(distance >= 0)) {
            throw new IllegalArgumentException("a near-duplicate distance is at least 0, not " + distance);
        }
        return new SnapshotLoader(jdbc, schema, retry, distance);
    }

    @Override
    public long publishedBuild() {
        if (!exists(schema.publishedBuilds())) {
            return 0;
        }
        return retry.read(() -> jdbc.sql("SELECT coalesce(max(build_id), 0) FROM " + schema.publishedBuilds())
                .query(Long.class)
                .single());
    }

    @Override
    public LibrarySnapshot load() {
        long build = publishedBuild();
        if (!exists(schema.table("local_files"))) {
            throw new IllegalStateException("the models are not built yet (there is no " + schema.table("local_files")
                    + "); run ./moomoo jobs run build-models");
        }
        if (!hasArtistKeys(schema.table("local_files"))) {
            throw new IllegalStateException(schema.table("local_files") + " was built by an older moomoo (it has no"
                    + " artist_key); run ./moomoo jobs run build-models");
        }
        List<LibraryRow> rows = retry.read(() -> jdbc.sql("""
                SELECT filepath, recording_mbid, release_mbid, release_group_mbid, artist_mbid, album_artist_mbid,
                       artist_key, album_artist_key, track_length_seconds,
                       CASE WHEN embedding_success AND embedding_duration_seconds >= 60 THEN embedding::text END
                FROM %s
                ORDER BY filepath
                """.formatted(schema.table("local_files")))
                .query(new LibraryRowMapper())
                .list());
        return new LibrarySnapshot(rows, factors(), nearDuplicateDistance(), build);
    }

    private record ArtistFactors(String artist, float[] factors) {}

    /**
     * The latest factors of each artist by identity (its MBID's text, as {@code artist_key} has it);
     * none when collaborative filtering has not run (all pairs neutral).
     */
    private Map<String, float[]> factors() {
        Map<String, float[]> factors = new HashMap<>();
        if (exists(schema.table("artist_factors"))) {
            retry.read(() -> jdbc.sql("""
                    SELECT DISTINCT ON (artist_mbid) artist_mbid::text, factors::text
                    FROM %s
                    WHERE artist_mbid IS NOT NULL
                    ORDER BY artist_mbid, insert_ts_utc DESC
                    """.formatted(schema.table("artist_factors")))
                            .query((rs, i) -> new ArtistFactors(rs.getString(1), VectorText.parse(rs.getString(2))))
                            .list())
                    .forEach(row -> factors.put(row.artist(), row.factors()));
        }
        return factors;
    }

    private boolean hasArtistKeys(String table) {
        return jdbc.sql("""
                SELECT count(*) = 2 FROM pg_attribute
                WHERE attrelid = to_regclass(:table) AND attname IN ('artist_key', 'album_artist_key')
                  AND NOT attisdropped
                """).param("table", table).query(Boolean.class).single();
    }

    private boolean exists(String table) {
        return jdbc.sql("SELECT to_regclass(:table) IS NOT NULL")
                .param("table", table)
                .query(Boolean.class)
                .single();
    }

    private static final String NEAR_DUPLICATE_DISTANCE = """
            SELECT m.near_duplicate_distance
            FROM raw.conditioner_models m
            WHERE m.is_current
            ORDER BY (SELECT count(*) FROM raw.local_music_embeddings e WHERE e.conditioner_hash = m.model_hash) DESC,
                     m.model_hash
            LIMIT 1
            """;

    /**
     * The current conditioner's threshold; with several embedders, the one whose conditioner made most
     * of the stored vectors, since that is the one local_files carries.
     */
    double nearDuplicateDistance() {
        if (nearDuplicateOverride != null) {
            return nearDuplicateOverride;
        }
        return jdbc.sql(NEAR_DUPLICATE_DISTANCE).query(Double.class).optional().orElse(DEFAULT_NEAR_DUPLICATE_DISTANCE);
    }

    /**
     * Maps the rows of local_files, holding each artist identity once: an artist's tracks, and a
     * track's artist and album artist, mostly share one key.
     */
    private static final class LibraryRowMapper implements RowMapper<LibraryRow> {

        private final Map<String, String> keys = new HashMap<>();

        @Override
        public LibraryRow mapRow(ResultSet rs, int rowNumber) throws SQLException {
            float seconds = rs.getFloat(9);
            Float length = rs.wasNull() ? null : seconds;
            return new LibraryRow(
                    rs.getString(1),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, UUID.class),
                    rs.getObject(5, UUID.class),
                    rs.getObject(6, UUID.class),
                    key(rs.getString(7)),
                    key(rs.getString(8)),
                    length,
                    rs.getString(10) == null ? null : VectorText.parse(rs.getString(10)));
        }

        private String key(String key) {
            return key == null ? null : keys.computeIfAbsent(key, k -> k);
        }
    }
}
