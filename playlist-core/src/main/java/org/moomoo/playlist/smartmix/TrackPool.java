package org.moomoo.playlist.smartmix;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.generator.RandomOrder;
import org.moomoo.playlist.similarity.VectorText;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tracks a user likes (spec/playlists-http-client.md 6.8 steps 2 and 4): files listened to
 * more than twice or loved, with a usable embedding and a known artist: its MusicBrainz id or, for
 * a file without one, its normalised name or folder (DESIGN 9.19).
 */
public final class TrackPool {

    /** Above this many tracks the pool is down-sampled. */
    static final int SAMPLE_ABOVE = 2000;

    private static final String POOL = """
            WITH liked AS (
              SELECT filepath FROM %1$s WHERE username = :username AND lifetime_listen_count > 2
              UNION
              SELECT filepath FROM %2$s WHERE username = :username
            )
            SELECT f.filepath, f.track_name,
                   coalesce(f.album_artist_name, f.artist_name) AS artist_name,
                   f.album_artist_key AS artist_key,
                   f.embedding::text AS embedding
            FROM liked JOIN %3$s f ON f.filepath = liked.filepath
            WHERE f.embedding_success AND f.embedding_duration_seconds > 60 AND f.artist_key IS NOT NULL
              AND f.embedding IS NOT NULL
            ORDER BY f.filepath
            """;

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;

    /** @param retry repeats a read that fails while the models are being rebuilt */
    public TrackPool(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
    }

    /** The user's pool, by path. */
    public List<PoolTrack> read(String username) {
        String sql = POOL.formatted(
                schema.table("file_listen_counts"), schema.table("loved_tracks"), schema.table("local_files"));
        return retry.read(() -> jdbc.sql(sql)
                .param("username", username)
                .query((rs, i) -> new PoolTrack(
                        rs.getString("filepath"),
                        rs.getString("track_name"),
                        rs.getString("artist_name"),
                        rs.getString("artist_key"),
                        VectorText.parse(rs.getString("embedding"))))
                .list());
    }

    /**
     * The pool itself up to 2000 tracks; above, a uniform sample of max(2000, 7/8 of it), still
     * by path. Sampling gives day-to-day variety and bounds the quadratic distance matrix.
     */
    public static List<PoolTrack> downSample(List<PoolTrack> pool, RandomGenerator random) {
        if (pool.size() <= SAMPLE_ABOVE) {
            return pool;
        }
        int keep = Math.max(SAMPLE_ABOVE, pool.size() * 7 / 8);
        List<Integer> chosen = new ArrayList<>(
                RandomOrder.sample(IntStream.range(0, pool.size()).boxed().toList(), keep, random));
        chosen.sort(null);
        return chosen.stream().map(pool::get).toList();
    }
}
