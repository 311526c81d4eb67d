package org.moomoo.playlist.generator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A listener's history as the generators use it (spec/playlists-http-client.md 4.9): lifetime listen
 * counts of files, the recently played files, and the weights made from them.
 */
public final class ListeningHistory {

    /** Most recently played files read for recency weights. */
    public static final int RECENTLY_PLAYED_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;

    public ListeningHistory(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
    }

    private record Count(String filepath, double count) {}

    /** Lifetime listen count of each path (counts are fractional); 0 for a path without listens. */
    public Map<String, Double> listenCounts(String username, List<String> paths) {
        Map<String, Double> counts = new HashMap<>();
        if (paths.isEmpty()) {
            return counts;
        }
        paths.forEach(path -> counts.put(path, 0.0));
        retry.read(() -> jdbc.sql("""
                SELECT filepath, lifetime_listen_count FROM %s
                WHERE username = :username AND filepath IN (:paths) AND lifetime_listen_count IS NOT NULL
                """.formatted(schema.table("file_listen_counts")))
                        .param("username", username)
                        .param("paths", List.copyOf(counts.keySet()))
                        .query((rs, i) -> new Count(rs.getString(1), rs.getDouble(2)))
                        .list())
                .forEach(count -> counts.put(count.filepath(), count.count()));
        return counts;
    }

    /**
     * The user's files played in the last 30 days with their recency score, highest first, at most
     * {@code limit}; empty for a null user.
     */
    public Map<String, Double> recentlyPlayed(String username, int limit) {
        Map<String, Double> scores = new LinkedHashMap<>();
        if (username == null) {
            return scores;
        }
        retry.read(() -> jdbc.sql("""
                SELECT filepath, recency_score FROM %s
                WHERE username = :username AND last30_listen_count > 0 AND recency_score IS NOT NULL
                ORDER BY recency_score DESC, filepath
                LIMIT :limit
                """.formatted(schema.table("file_listen_counts")))
                        .param("username", username)
                        .param("limit", limit)
                        .query((rs, i) -> new Count(rs.getString(1), rs.getDouble(2)))
                        .list())
                .forEach(score -> scores.put(score.filepath(), score.count()));
        return scores;
    }

    /** w(x) = ln(2 + max(x, 0)): a seed's weight from its listen count; ln 2 for an unplayed file, never 0. */
    public static double listenWeight(double listens) {
        return Math.log(2 + Math.max(listens, 0));
    }

    /**
     * r(x, factor) = 1 / (1 + x * factor), in (0, 1]: used as a predicate weight, so a track played today
     * (score about 1) with factor 0.5 looks 1.5 times further away.
     */
    public static double recencyWeight(double recencyScore, double factor) {
        return 1 / (1 + recencyScore * factor);
    }
}
