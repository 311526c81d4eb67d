package org.moomoo.jobs.conditioner;

import com.pgvector.PGvector;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conditioner's tables: the fitted models in {@code raw.conditioner_models} (one current per
 * embedder) and the raw vectors of {@code raw.local_music_embeddings} they are fitted on.
 */
public final class ConditionerStore {

    private final JdbcClient jdbc;

    public ConditionerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String RAW_VECTORS = """
            SELECT embedding::text FROM raw.local_music_embeddings
            WHERE embedder = :embedder AND success AND embedding IS NOT NULL
            ORDER BY filepath
            """;

    /** Every successful raw vector of {@code embedder}, ordered by path as the original fitted them. */
    List<float[]> rawVectors(String embedder) {
        return jdbc.sql(RAW_VECTORS)
                .param("embedder", embedder)
                .query((rs, i) -> parse(rs.getString(1)))
                .list();
    }

    private static final String UNSET_CURRENT = """
            UPDATE raw.conditioner_models SET is_current = false WHERE embedder = :embedder AND is_current
            """;

    private static final String SAVE = """
            INSERT INTO raw.conditioner_models (model_hash, name, embedder, input_dimension, components, means, scales,
                projection, fitted_rows, explained_variance, near_duplicate_distance, is_current)
            VALUES (:hash, :name, :embedder, :inputDimension, :components, :means, :scales, :projection, :fittedRows,
                :variance, :nearDuplicate, true)
            ON CONFLICT (model_hash) DO UPDATE SET is_current = true, created_at = CURRENT_TIMESTAMP,
                near_duplicate_distance = EXCLUDED.near_duplicate_distance
            """;

    /**
     * Stores {@code model} as the current conditioner of its embedder (call inside a transaction).
     * Refitting an unchanged library gives the same hash; its near-duplicate distance is still
     * replaced, so a model stored under an earlier calibration rule takes the current one.
     */
    void saveAsCurrent(PcaConditioner model) {
        jdbc.sql(UNSET_CURRENT).param("embedder", model.embedder()).update();
        jdbc.sql(SAVE)
                .param("hash", model.hash())
                .param("name", PcaConditioner.NAME)
                .param("embedder", model.embedder())
                .param("inputDimension", model.inputDimension())
                .param("components", PcaConditioner.COMPONENTS)
                .param("means", boxed(model.means()))
                .param("scales", boxed(model.scales()))
                .param("projection", boxed(model.projection()))
                .param("fittedRows", model.fittedRows())
                .param("variance", boxed(model.explainedVariance()))
                .param("nearDuplicate", model.nearDuplicateDistance())
                .update();
    }

    private static final String CURRENT = """
            SELECT embedder, means, scales, projection, explained_variance, fitted_rows, near_duplicate_distance
            FROM raw.conditioner_models WHERE embedder = :embedder AND is_current
            """;

    /** The current conditioner of {@code embedder}, if one was fitted. */
    public Optional<PcaConditioner> current(String embedder) {
        return jdbc.sql(CURRENT)
                .param("embedder", embedder)
                .query((rs, i) -> new PcaConditioner(
                        rs.getString(1),
                        doubles(rs, 2),
                        doubles(rs, 3),
                        doubles(rs, 4),
                        doubles(rs, 5),
                        rs.getInt(6),
                        rs.getDouble(7)))
                .optional();
    }

    private static final String FORGET_CONDITIONED = """
            UPDATE raw.local_music_embeddings SET conditioned_embedding = NULL, conditioner_hash = NULL
            WHERE embedder = :embedder
            """;

    /** Drops every conditioned vector of {@code embedder}, so the next apply recomputes them all. */
    int forgetConditioned(String embedder) {
        return jdbc.sql(FORGET_CONDITIONED).param("embedder", embedder).update();
    }

    /** Parses pgvector's text form {@code [1,2,3]}. */
    static float[] parse(String text) {
        try {
            return new PGvector(text).toArray();
        } catch (SQLException e) {
            throw new IllegalStateException("a stored vector is not in pgvector's text form: " + text, e);
        }
    }

    private static Double[] boxed(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static double[] doubles(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        Object[] values = (Object[]) array.getArray();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).doubleValue();
        }
        return out;
    }
}
