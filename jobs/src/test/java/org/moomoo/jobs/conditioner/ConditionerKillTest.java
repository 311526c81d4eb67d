package org.moomoo.jobs.conditioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code conditioner-build}, then {@code conditioner-apply} on vectors added since, each killed
 * with SIGKILL in the middle of its apply step (a quarter of the chunks of generated vectors
 * committed), then run again with the same command: the model and the conditioned vectors equal
 * those of uninterrupted runs.
 */
@Tag("kill")
class ConditionerKillTest {

    static final int BUILT = 20_000;
    static final int ADDED = 20_000;
    static final int CHUNKS = BUILT / 500;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension();

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension();

    /** Vectors {@code from} to {@code to} (exclusive) of 64 dimensions, the same in every database. */
    static void embedded(JdbcClient jdbc, int from, int to) {
        jdbc.sql("""
                        INSERT INTO raw.local_music_embeddings (filepath, embedder, success, embedding)
                        SELECT format('track-%s.flac', lpad(i::text, 6, '0')), 'sonic-v1', true,
                               array(SELECT (sin(i * 7.1 + j * 3.3) * (1 + j % 5) + j)::real
                                       FROM generate_series(1, 64) AS j)::vector
                          FROM generate_series(?, ?) AS i
                        """).params(from, to - 1).update();
    }

    static final String VECTORS = "SELECT filepath, conditioned_embedding, conditioner_hash"
            + " FROM raw.local_music_embeddings ORDER BY filepath";
    static final String MODELS = "SELECT model_hash, name, embedder, input_dimension, components, means, scales,"
            + " projection, fitted_rows, explained_variance, near_duplicate_distance"
            + " FROM raw.conditioner_models ORDER BY model_hash";

    @Test
    void killedMidApplyThenRunAgainConditionsEveryVectorAsAnUninterruptedRun() {
        embedded(REFERENCE.jdbc(), 0, BUILT);
        embedded(KILLED.jdbc(), 0, BUILT);
        KillHarness harness = new KillHarness(MoomooCommand.class.getName(), Map.of());

        harness.run(REFERENCE.database(), "conditioner-build");
        harness.kill(
                KILLED.database(),
                jdbc -> KillHarness.inStep(jdbc, "conditioner-build", "apply", CHUNKS / 4),
                "conditioner-build");
        assertThat(conditioned(KILLED.jdbc())).as("killed mid-step").isBetween(1L, BUILT - 1L);
        harness.resume(KILLED.database(), "conditioner-build");
        assertThat(KillHarness.fingerprint(KILLED.jdbc(), MODELS))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), MODELS));
        assertThat(KillHarness.fingerprint(KILLED.jdbc(), VECTORS))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), VECTORS));
        assertThat(conditioned(KILLED.jdbc())).isEqualTo(BUILT);

        embedded(REFERENCE.jdbc(), BUILT, BUILT + ADDED);
        embedded(KILLED.jdbc(), BUILT, BUILT + ADDED);
        harness.run(REFERENCE.database(), "conditioner-apply");
        harness.kill(
                KILLED.database(),
                jdbc -> KillHarness.inStep(jdbc, "conditioner-apply", "apply", CHUNKS / 4),
                "conditioner-apply");
        assertThat(conditioned(KILLED.jdbc())).as("killed mid-step").isBetween(BUILT + 1L, BUILT + ADDED - 1L);
        harness.resume(KILLED.database(), "conditioner-apply");
        assertThat(KillHarness.fingerprint(KILLED.jdbc(), VECTORS))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), VECTORS));
        assertThat(conditioned(KILLED.jdbc())).isEqualTo(BUILT + ADDED);
    }

    private static long conditioned(JdbcClient jdbc) {
        return KillHarness.count(
                jdbc, "SELECT count(*) FROM raw.local_music_embeddings WHERE conditioned_embedding IS NOT NULL");
    }
}
