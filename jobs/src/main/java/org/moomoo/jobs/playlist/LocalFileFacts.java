package org.moomoo.jobs.playlist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@code moomoo playlist} tells about a file beyond the engine's snapshot, read from
 * {@code local_files}: the tags that {@code --json} prints, and why a file has no vector.
 */
final class LocalFileFacts {

    /**
     * One file's tags and embedding state.
     *
     * @param embedded whether the last embedding succeeded; null when the file is not embedded (or not conditioned) yet
     * @param seconds the length of the embedded audio, null when unknown
     * @param failReason why the embedding failed, null unless it did
     */
    record Facts(String title, String artist, String album, Boolean embedded, Double seconds, String failReason) {}

    // The failure reason comes from the raw table: local_files keeps only whether the embedding succeeded.
    private static final String FACTS = """
            SELECT f.filepath, f.track_name, f.artist_name, f.album_name, f.embedding_success,
                   f.embedding_duration_seconds, e.fail_reason
            FROM %s AS f
            LEFT JOIN raw.local_music_embeddings AS e ON e.filepath = f.filepath AND NOT e.success
            WHERE f.filepath IN (:paths)
            """;

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;

    LocalFileFacts(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
    }

    /** The facts of those of {@code paths} that are in {@code local_files}, by path. */
    Map<String, Facts> of(Collection<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        String sql = FACTS.formatted(schema.table("local_files"));
        List<Map.Entry<String, Facts>> rows = retry.read(() -> jdbc.sql(sql)
                .param("paths", List.copyOf(paths))
                .query((rs, i) -> Map.entry(
                        rs.getString("filepath"),
                        new Facts(
                                rs.getString("track_name"),
                                rs.getString("artist_name"),
                                rs.getString("album_name"),
                                rs.getObject("embedding_success", Boolean.class),
                                rs.getObject("embedding_duration_seconds", Double.class),
                                rs.getString("fail_reason"))))
                .list());
        return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
