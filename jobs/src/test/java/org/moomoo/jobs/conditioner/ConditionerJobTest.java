package org.moomoo.jobs.conditioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.pgvector.PGvector;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExecutionView.StepView;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@JobTest
class ConditionerJobTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConditionerStore store;

    private final Random random = new Random(11);

    @BeforeEach
    void emptyTables() {
        jdbc.sql("TRUNCATE raw.local_music_embeddings, raw.conditioner_models").update();
    }

    private void embedded(int count, String embedder, int dimension) {
        int start = jdbc.sql("SELECT count(*) FROM raw.local_music_embeddings")
                .query(Integer.class)
                .single();
        for (int i = start; i < start + count; i++) {
            float[] v = new float[dimension];
            for (int j = 0; j < dimension; j++) {
                v[j] = (float) (random.nextGaussian() * (1 + j % 5) + j);
            }
            jdbc.sql("INSERT INTO raw.local_music_embeddings (filepath, embedder, success, embedding) "
                            + "VALUES (:f, :e, true, :v)")
                    .param("f", String.format("track-%04d.flac", i))
                    .param("e", embedder)
                    .param("v", new PGvector(v))
                    .update();
        }
        jdbc.sql("INSERT INTO raw.local_music_embeddings (filepath, embedder, success, fail_reason) "
                        + "VALUES (:f, :e, false, 'not an audio file') ON CONFLICT DO NOTHING")
                .param("f", "broken-" + start + ".mp3")
                .param("e", embedder)
                .update();
    }

    private Outcome run(String job, String... arguments) {
        try {
            return jobs.run(job, List.of(arguments));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StepView step(Outcome outcome, String name) {
        return outcome.execution().steps().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private List<Map<String, Object>> conditionedRows() {
        return jdbc.sql("""
                SELECT filepath, conditioned_embedding::text AS conditioned, conditioner_hash
                FROM raw.local_music_embeddings ORDER BY filepath
                """).query().listOfRows();
    }

    // A planned failure: the apply step's update of one row fails, as a lost connection would.
    private void failConditioning(String filepath) {
        jdbc.sql("""
                CREATE FUNCTION raw.fail_on_poisoned() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.filepath = '%s' AND NEW.conditioned_embedding IS NOT NULL THEN
                    RAISE EXCEPTION 'injected failure at %%', NEW.filepath;
                  END IF;
                  RETURN NEW;
                END $$
                """.formatted(filepath)).update();
        jdbc.sql("CREATE TRIGGER poisoned BEFORE UPDATE ON raw.local_music_embeddings "
                        + "FOR EACH ROW EXECUTE FUNCTION raw.fail_on_poisoned()")
                .update();
    }

    private void repairConditioning() {
        jdbc.sql("DROP TRIGGER poisoned ON raw.local_music_embeddings").update();
        jdbc.sql("DROP FUNCTION raw.fail_on_poisoned()").update();
    }

    private int conditioned() {
        return jdbc.sql("SELECT count(*) FROM raw.local_music_embeddings WHERE conditioned_embedding IS NOT NULL")
                .query(Integer.class)
                .single();
    }

    @Test
    void buildFitsStoresAndConditionsEverySuccessfulVector() {
        // given
        embedded(120, "sonic-v1", 40);

        // when
        Outcome outcome = run("conditioner-build");

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        PcaConditioner model = store.current("sonic-v1").orElseThrow();
        assertThat(model.fittedRows()).isEqualTo(120);
        assertThat(conditioned()).isEqualTo(120);
        Map<String, Object> row = jdbc.sql("""
                SELECT embedding::text AS raw, conditioned_embedding::text AS conditioned, conditioner_hash
                FROM raw.local_music_embeddings WHERE filepath = 'track-0007.flac'
                """).query().singleRow();
        float[] expected = model.apply(ConditionerStore.parse((String) row.get("raw")));
        float[] stored = ConditionerStore.parse((String) row.get("conditioned"));
        assertThat(stored).hasSize(50);
        for (int k = 0; k < 50; k++) {
            assertThat(stored[k]).isCloseTo(expected[k], within(1e-5f));
        }
        assertThat(row.get("conditioner_hash")).isEqualTo(model.hash());
    }

    @Test
    void aNewUsersFirstTwentyFilesGetFiftyDimensionalVectors() {
        embedded(20, "sonic-v1", 40);

        run("conditioner-build");

        String stored = jdbc.sql("SELECT conditioned_embedding::text FROM raw.local_music_embeddings "
                        + "WHERE filepath = 'track-0000.flac'")
                .query(String.class)
                .single();
        float[] vector = ConditionerStore.parse(stored);
        assertThat(vector).hasSize(50);
        assertThat(vector[30]).isZero();
    }

    @Test
    void applyConditionsOnlyTheVectorsThatHaveNoneYet() {
        // given
        embedded(60, "sonic-v1", 30);
        run("conditioner-build");
        embedded(15, "sonic-v1", 30);

        // when
        Outcome outcome = run("conditioner-apply");

        // then
        assertThat(outcome.execution().steps().get(1).written()).isEqualTo(15);
        assertThat(conditioned()).isEqualTo(75);
    }

    @Test
    void aNewFitReconditionsVectorsOfTheOldModelAndReplaceRecomputesAll() {
        // given
        embedded(60, "sonic-v1", 30);
        run("conditioner-build");
        embedded(40, "sonic-v1", 30);

        // when: a new model (other data, other hash) supersedes the old one
        Outcome rebuilt = run("conditioner-build");

        // then: no vector is left conditioned by the old model
        String hash = store.current("sonic-v1").orElseThrow().hash();
        assertThat(rebuilt.execution().steps().get(1).written()).isEqualTo(100);
        assertThat(jdbc.sql("SELECT count(*) FROM raw.local_music_embeddings WHERE conditioner_hash = :h")
                        .param("h", hash)
                        .query(Integer.class)
                        .single())
                .isEqualTo(100);

        // and replace=true recomputes every vector even when the model did not change
        Outcome replaced = run("conditioner-build", "replace=true");
        assertThat(replaced.execution().steps().get(1).written()).isEqualTo(100);
        assertThat(jdbc.sql("SELECT count(*) FROM raw.conditioner_models WHERE is_current")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refittingAnUnchangedLibraryRecalibratesTheNearDuplicateDistance() {
        // given: the same model stored under an earlier rule's distance
        embedded(60, "sonic-v1", 30);
        run("conditioner-build");
        PcaConditioner model = store.current("sonic-v1").orElseThrow();
        jdbc.sql("UPDATE raw.conditioner_models SET near_duplicate_distance = 2.5")
                .update();

        // when
        run("conditioner-build");

        // then
        PcaConditioner refitted = store.current("sonic-v1").orElseThrow();
        assertThat(refitted.hash()).isEqualTo(model.hash());
        assertThat(refitted.nearDuplicateDistance()).isEqualTo(model.nearDuplicateDistance());
    }

    @Test
    void aBuildThatFailsMidwayResumesToTheSameTableAsAnUninterruptedRun() {
        // given: 700 vectors, chunks of 500, so a failure in chunk 2 leaves the fit and chunk 1 committed
        embedded(700, "sonic-v1", 30);
        run("conditioner-build");
        List<Map<String, Object>> uninterrupted = conditionedRows();
        jdbc.sql("UPDATE raw.local_music_embeddings SET conditioned_embedding = NULL, conditioner_hash = NULL")
                .update();
        jdbc.sql("TRUNCATE raw.conditioner_models").update();
        failConditioning("track-0600.flac");

        // when
        Outcome failed = run("conditioner-build");

        // then
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.execution().problem()).contains("injected failure at track-0600.flac");
        assertThat(conditioned()).isEqualTo(500);

        // when: the cause is fixed and the same command runs again
        repairConditioning();
        Outcome resumed = run("conditioner-build");

        // then: the fit is not repeated, the apply step goes on after the committed chunk
        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(resumed.execution().parameters())
                .isEqualTo(failed.execution().parameters());
        assertThat(resumed.execution().steps()).extracting(StepView::name).containsExactly("apply");
        assertThat(step(resumed, "apply").written()).isEqualTo(200);
        assertThat(conditionedRows()).isEqualTo(uninterrupted);
        assertThat(jdbc.sql("SELECT count(*) FROM raw.conditioner_models")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anApplyThatFailsMidwayResumesToTheSameTableAsAnUninterruptedRun() {
        // given: a conditioner fitted on 100 vectors, then 700 new ones (track-0101 to track-0800,
        // after the first batch and its failed row), conditioned in chunks of 500
        embedded(100, "sonic-v1", 30);
        run("conditioner-build");
        embedded(700, "sonic-v1", 30);
        run("conditioner-apply");
        List<Map<String, Object>> uninterrupted = conditionedRows();
        jdbc.sql("UPDATE raw.local_music_embeddings SET conditioned_embedding = NULL, conditioner_hash = NULL "
                        + "WHERE filepath > 'track-0100.flac'")
                .update();
        failConditioning("track-0700.flac");

        // when
        Outcome failed = run("conditioner-apply");

        // then: the first chunk of the new vectors is committed, nothing after it
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.execution().problem()).contains("injected failure at track-0700.flac");
        assertThat(conditioned()).isEqualTo(100 + 500);

        // when: the cause is fixed and the same command runs again
        repairConditioning();
        Outcome resumed = run("conditioner-apply");

        // then
        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(resumed.execution().parameters())
                .isEqualTo(failed.execution().parameters());
        assertThat(step(resumed, "apply").written()).isEqualTo(200);
        assertThat(conditionedRows()).isEqualTo(uninterrupted);
    }

    @Test
    void applyWithoutAFittedConditionerEndsQuietly() {
        embedded(10, "sonic-v1", 30);

        Outcome outcome = run("conditioner-apply");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(conditioned()).isZero();
    }

    @Test
    void buildWithoutVectorsEndsQuietly() {
        Outcome outcome = run("conditioner-build", "embedder=mert-v1-330m");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(store.current("mert-v1-330m")).isEmpty();
    }
}
