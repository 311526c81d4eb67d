package org.moomoo.playlist.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link MbidFiles} over the {@code mbids} and {@code map__file_*} models. */
public final class JdbcMbidFiles implements MbidFiles {

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;

    public JdbcMbidFiles(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
    }

    private record Entity(UUID mbid, MbidEntity entity) {}

    @Override
    public Map<UUID, MbidEntity> entities(List<UUID> mbids) {
        Map<UUID, MbidEntity> entities = new LinkedHashMap<>();
        if (mbids.isEmpty()) {
            return entities;
        }
        retry
                .read(() -> jdbc.sql("SELECT mbid, entity FROM %s WHERE mbid = ANY(:mbids) ORDER BY mbid"
                                .formatted(schema.table("mbids")))
                        .param("mbids", mbids.toArray(UUID[]::new))
                        .query((rs, i) -> new Entity(rs.getObject(1, UUID.class), MbidEntity.of(rs.getString(2))))
                        .list())
                .stream()
                .filter(row -> row.entity() != null)
                .forEach(row -> entities.put(row.mbid(), row.entity()));
        return entities;
    }

    @Override
    public List<String> files(MbidEntity entity, List<UUID> mbids) {
        if (mbids.isEmpty()) {
            return List.of();
        }
        return retry.read(() -> jdbc.sql("SELECT DISTINCT filepath FROM %s WHERE %s = ANY(:mbids) ORDER BY filepath"
                        .formatted(schema.table(entity.fileMap()), entity.column()))
                .param("mbids", mbids.toArray(UUID[]::new))
                .query(String.class)
                .list());
    }
}
