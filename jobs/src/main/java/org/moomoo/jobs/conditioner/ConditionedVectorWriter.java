package org.moomoo.jobs.conditioner;

import com.pgvector.PGvector;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Stores conditioned vectors beside their raw ones, with the hash of the conditioner. */
final class ConditionedVectorWriter implements ItemWriter<ConditionedVector> {

    private static final String UPDATE = """
            UPDATE raw.local_music_embeddings SET conditioned_embedding = :vector, conditioner_hash = :hash
            WHERE filepath = :filepath
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ConditionedVectorWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(Chunk<? extends ConditionedVector> chunk) {
        jdbc.batchUpdate(
                UPDATE,
                chunk.getItems().stream()
                        .map(row -> new MapSqlParameterSource()
                                .addValue("filepath", row.filepath())
                                .addValue("vector", new PGvector(row.vector()))
                                .addValue("hash", row.conditionerHash()))
                        .toArray(SqlParameterSource[]::new));
    }
}
