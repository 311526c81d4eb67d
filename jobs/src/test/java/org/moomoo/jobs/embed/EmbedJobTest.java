package org.moomoo.jobs.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.embed.audio.AudioDecoder;
import org.moomoo.jobs.embed.audio.MiddleWindow;
import org.moomoo.jobs.embed.mert.TinyOnnxModel;
import org.moomoo.jobs.embed.sonic.SonicEmbedder;
import org.moomoo.jobs.launcher.ExecutionView.StepView;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.launcher.JobControl.UsageException;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@JobTest
@ExtendWith(OutputCaptureExtension.class)
class EmbedJobTest {

    private static final List<String> GOOD =
            List.of("a/tagged-v24.mp3", "a/tagged.flac", "b/tagged.ogg", "b/untagged.wav");
    private static final List<String> BAD = List.of("bad/empty.mp3", "bad/text.mp3", "bad/truncated.flac");

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path library;

    @BeforeEach
    void libraryOfGoodAndBadFiles() throws IOException {
        jdbc.sql("TRUNCATE raw.local_music_embeddings, raw.local_music_files_exclude_regex")
                .update();
        for (String relative : concat(GOOD, BAD)) {
            copy(relative.substring(relative.indexOf('/') + 1), relative);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void copy(String fixture, String relative) throws IOException {
        Path target = library.resolve(relative);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/fixtures/audio/" + fixture)) {
            Files.copy(in, target);
        }
    }

    private Outcome run(String... extra) {
        List<String> arguments = new ArrayList<>(List.of("library=" + library));
        arguments.addAll(List.of(extra));
        try {
            return jobs.run("embed", arguments);
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

    private List<Map<String, Object>> rows() {
        return jdbc.sql("""
                SELECT filepath, embedder, success, fail_reason, duration_seconds, embedding::text AS embedding
                FROM raw.local_music_embeddings ORDER BY filepath
                """).query().listOfRows();
    }

    @Test
    void embedsEveryFileAndKeepsAFailureRowWithAReasonForBadOnes() {
        // when
        Outcome outcome = run();

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, Object>> rows = rows();
        assertThat(rows).extracting(row -> row.get("filepath")).containsExactlyInAnyOrderElementsOf(concat(GOOD, BAD));
        assertThat(rows).allSatisfy(row -> assertThat(row.get("embedder")).isEqualTo("sonic-v1"));
        int dimension = new SonicEmbedder().dimension();
        rows.stream().filter(row -> GOOD.contains(row.get("filepath"))).forEach(row -> {
            assertThat(row.get("success")).isEqualTo(true);
            assertThat(((String) row.get("embedding")).split(",")).hasSize(dimension);
            assertThat(((Number) row.get("duration_seconds")).doubleValue()).isBetween(1.5, 5.0);
        });
        rows.stream().filter(row -> BAD.contains(row.get("filepath"))).forEach(row -> {
            assertThat(row.get("success")).isEqualTo(false);
            assertThat((String) row.get("fail_reason")).isNotBlank();
            assertThat(row.get("embedding")).isNull();
        });
    }

    @Test
    void aSecondRunFindsNothingToEmbed() {
        run();

        Outcome second = run();

        assertThat(second.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(second.execution().steps()).extracting(StepView::name).containsExactly("choose");
    }

    @Test
    void aSecondRunCountsFailuresApartFromEmbeddedFiles(CapturedOutput output) {
        run();

        Outcome second = run();

        assertThat(second.execution().steps()).extracting(StepView::name).containsExactly("choose");
        assertThat(output)
                .contains("7 audio files in partition 0/1: 4 already embedded with sonic-v1, 3 failed before"
                        + " (retry-failed=true tries them again), 0 to embed");
    }

    @Test
    void retryFailedEmbedsTheFilesWhoseLastAttemptFailed(CapturedOutput output) throws IOException {
        // given: a first run fails on the bad files, then one of them is fixed
        run();
        Files.delete(library.resolve("bad/truncated.flac"));
        copy("tagged.flac", "bad/truncated.flac");

        // when
        Outcome retried = run("retry-failed=true");

        // then
        assertThat(retried.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(step(retried, "embed").written()).isEqualTo(BAD.size());
        assertThat(output).contains("4 already embedded with sonic-v1, 3 failed before (tried again), 3 to embed");
        assertThat(rows())
                .filteredOn(row -> Boolean.TRUE.equals(row.get("success")))
                .extracting(row -> row.get("filepath"))
                .contains("bad/truncated.flac")
                .hasSize(GOOD.size() + 1);
    }

    @Test
    void aRowOfAnotherEmbedderCountsAsNotEmbedded() {
        jdbc.sql("INSERT INTO raw.local_music_embeddings (filepath, embedder, success, embedding) "
                        + "VALUES ('a/tagged.flac', 'older-embedder', true, '[1,2,3]')")
                .update();

        run();

        assertThat(jdbc.sql("SELECT embedder FROM raw.local_music_embeddings WHERE filepath = 'a/tagged.flac'")
                        .query(String.class)
                        .single())
                .isEqualTo("sonic-v1");
    }

    @Test
    void excludedPathsAreNotEmbedded() {
        jdbc.sql("INSERT INTO raw.local_music_files_exclude_regex (pattern) VALUES ('^bad/')")
                .update();

        run();

        assertThat(rows()).extracting(row -> row.get("filepath")).containsExactlyInAnyOrderElementsOf(GOOD);
    }

    @Test
    void twoPartitionsTogetherEmbedEveryFileExactlyOnce() {
        // when
        Outcome first = run("partition=0/2");
        Outcome second = run("partition=1/2");

        // then
        long written =
                first.execution().steps().stream().mapToLong(StepView::written).sum()
                        + second.execution().steps().stream()
                                .mapToLong(StepView::written)
                                .sum();
        assertThat(written).isEqualTo(GOOD.size() + BAD.size());
        assertThat(rows()).hasSize(GOOD.size() + BAD.size());
    }

    @Test
    void mertRunsTheUsersOnnxModelThroughTheJob(@TempDir Path models) throws IOException {
        // given: a tiny model with MERT's input/output contract
        Path model = models.resolve("tiny-mert.onnx");
        TinyOnnxModel tiny = new TinyOnnxModel(16, 3);
        tiny.write(model);

        // when
        Outcome outcome = run("embedder=mert-v1-330m", "model=" + model);

        // then: the stored vector is the model's mean hidden state over the normalised middle window
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        float[] samples = AudioDecoder.withFfmpegFromPath().decodeMono(library.resolve("a/tagged.flac"), 24_000);
        float[] expected = tiny.meanHidden(normalised(MiddleWindow.of(samples, 24_000, 120)));
        String stored = jdbc.sql(
                        "SELECT embedding::text FROM raw.local_music_embeddings WHERE filepath = 'a/tagged.flac' "
                                + "AND embedder = 'mert-v1-330m'")
                .query(String.class)
                .single();
        String[] values = stored.substring(1, stored.length() - 1).split(",");
        assertThat(values).hasSize(16);
        for (int i = 0; i < 16; i++) {
            assertThat(Float.parseFloat(values[i])).isCloseTo(expected[i], within(1e-4f));
        }
    }

    private static float[] normalised(float[] window) {
        double mean = 0;
        for (float x : window) {
            mean += x;
        }
        mean /= window.length;
        double variance = 0;
        for (float x : window) {
            variance += (x - mean) * (x - mean);
        }
        double scale = 1 / Math.sqrt(variance / window.length + 1e-7);
        float[] out = new float[window.length];
        for (int i = 0; i < window.length; i++) {
            out[i] = (float) ((window[i] - mean) * scale);
        }
        return out;
    }

    @Test
    void mertWithoutAModelIsRefusedBeforeStarting() {
        assertThatThrownBy(() -> jobs.run("embed", List.of("library=" + library, "embedder=mert-v1-330m")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("mert-v1-330m needs model=/path/to/mert.onnx");
    }

    @Test
    void aRunThatFailsMidwayResumesToTheSameTableAsAnUninterruptedRun() throws IOException {
        // given: 20 files, chunks of 8, so the failure in chunk 2 leaves chunk 1 committed
        for (int i = 0; i < 13; i++) {
            copy("tagged.flac", String.format("more/%02d.flac", i));
        }
        run();
        List<Map<String, Object>> uninterrupted = rows();
        jdbc.sql("TRUNCATE raw.local_music_embeddings").update();
        jdbc.sql("""
                CREATE FUNCTION raw.fail_on_poisoned() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.filepath = 'more/05.flac' THEN RAISE EXCEPTION 'injected failure'; END IF;
                  RETURN NEW;
                END $$
                """).update();
        jdbc.sql("CREATE TRIGGER poisoned BEFORE INSERT ON raw.local_music_embeddings "
                        + "FOR EACH ROW EXECUTE FUNCTION raw.fail_on_poisoned()")
                .update();

        // when
        Outcome failed = run();

        // then
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(rows()).hasSize(8);

        // when: fixed, the same command resumes
        jdbc.sql("DROP TRIGGER poisoned ON raw.local_music_embeddings").update();
        jdbc.sql("DROP FUNCTION raw.fail_on_poisoned()").update();
        Outcome resumed = run();

        // then
        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(resumed.execution().parameters())
                .isEqualTo(failed.execution().parameters());
        assertThat(step(resumed, "embed").written()).isEqualTo(12);
        assertThat(rows()).isEqualTo(uninterrupted);
    }
}
