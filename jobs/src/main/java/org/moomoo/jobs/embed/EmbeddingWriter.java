package org.moomoo.jobs.embed;

import com.pgvector.PGvector;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Upserts embedding rows by path. A new raw vector drops the old conditioned one: it belonged to
 * another raw vector.
 */
final class EmbeddingWriter implements ItemWriter<EmbeddingRow> {

    private static final String UPSERT = """
            INSERT INTO raw.local_music_embeddings
                (filepath, embedder, success, fail_reason, duration_seconds, embedding,
                 conditioned_embedding, conditioner_hash, insert_ts_utc)
            VALUES (:filepath, :embedder, :success, :failReason, :duration, :embedding, NULL, NULL, :now)
            ON CONFLICT (filepath) DO UPDATE SET
                embedder = excluded.embedder, success = excluded.success, fail_reason = excluded.fail_reason,
                duration_seconds = excluded.duration_seconds, embedding = excluded.embedding,
                conditioned_embedding = NULL, conditioner_hash = NULL, insert_ts_utc = excluded.insert_ts_utc
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    EmbeddingWriter(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends EmbeddingRow> chunk) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        SqlParameterSource[] rows = chunk.getItems().stream()
                .map(row -> new MapSqlParameterSource()
                        .addValue("filepath", row.filepath())
                        .addValue("embedder", row.embedder())
                        .addValue("success", !row.failed())
                        .addValue("failReason", row.failReason())
                        .addValue("duration", row.durationSeconds())
                        .addValue("embedding", row.vector() == null ? null : new PGvector(row.vector()))
                        .addValue("now", now))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(UPSERT, rows);
    }
}
