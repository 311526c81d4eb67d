package org.moomoo.jobs.embed.mert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.embed.EmbeddingException;

/** The ONNX path end to end, on a tiny model with MERT's input and output that the test writes. */
class MertEmbedderTest {

    private static final int SAMPLE_RATE = 24_000;
    private static final int CHANNELS = 16;

    @TempDir
    Path dir;

    private final TinyOnnxModel tinyModel = new TinyOnnxModel(CHANNELS, 42);

    @Test
    void embedsAWindowAsTheMeanHiddenStateOfTheNormalisedWindow() throws IOException {
        // given
        float[] window = toneWithNoise(5 * SAMPLE_RATE);
        float[] expected = tinyModel.meanHidden(zeroMeanUnitVariance(window));

        // when
        float[] vector;
        try (MertEmbedder embedder = new MertEmbedder(writtenModel(), 1)) {
            vector = embedder.embed(window);
        }

        // then
        assertThat(vector).hasSize(CHANNELS);
        assertThat(vector).containsExactly(expected, within(1e-4f));
    }

    @Test
    void givesTheSameVectorForAScaledAndShiftedWindow() throws IOException {
        // given
        float[] window = toneWithNoise(5 * SAMPLE_RATE);
        float[] louderAndOffset = new float[window.length];
        for (int i = 0; i < window.length; i++) {
            louderAndOffset[i] = 4 * window[i] - 0.25f;
        }

        try (MertEmbedder embedder = new MertEmbedder(writtenModel(), 1)) {
            // when
            float[] original = embedder.embed(window);
            float[] transformed = embedder.embed(louderAndOffset);

            // then
            assertThat(transformed).containsExactly(original, within(1e-4f));
        }
    }

    @Test
    void takesTheDimensionFromTheModel() throws IOException {
        // given
        Path model = writtenModel();

        // when
        try (MertEmbedder embedder = new MertEmbedder(model, 1)) {
            // then
            assertThat(embedder.dimension()).isEqualTo(CHANNELS);
        }
    }

    @Test
    void namesItselfMertAndTakes24000Hz() throws IOException {
        // given
        Path model = writtenModel();

        // when
        try (MertEmbedder embedder = new MertEmbedder(model, 1)) {
            // then
            assertThat(embedder.name()).isEqualTo("mert-v1-330m");
            assertThat(embedder.sampleRate()).isEqualTo(SAMPLE_RATE);
        }
    }

    @Test
    void refusesAMissingModelFileNamingThePath() {
        // given
        Path missing = dir.resolve("nowhere/mert.onnx");

        // when, then
        assertThatThrownBy(() -> new MertEmbedder(missing, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void refusesAModelWhoseInputIsNotOneRowOfSamples() throws IOException {
        // given
        Path model = dir.resolve("three-dimensional-input.onnx");
        tinyModel.writeTakingThreeDimensionalInput(model);

        // when, then
        assertThatThrownBy(() -> new MertEmbedder(model, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(model.toString())
                .hasMessageContaining("input float [1, samples]")
                .hasMessageContaining("'input_values' FLOAT [1, 1, samples]");
    }

    @Test
    void refusesAFileThatIsNotAnOnnxModel() throws IOException {
        // given
        Path notAModel = dir.resolve("notes.onnx");
        Files.writeString(notAModel, "not a model");

        // when, then
        assertThatThrownBy(() -> new MertEmbedder(notAModel, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot load the model " + notAModel);
    }

    @Test
    void reportsAWindowShorterThanOneKernelAsAnEmbeddingFailure() throws IOException {
        // given
        float[] window = toneWithNoise(TinyOnnxModel.KERNEL - 1);

        try (MertEmbedder embedder = new MertEmbedder(writtenModel(), 1)) {
            // when, then
            assertThatThrownBy(() -> embedder.embed(window))
                    .isInstanceOf(EmbeddingException.class)
                    .hasMessageStartingWith("the MERT model cannot process 399 samples (0.017 s): ");
        }
    }

    @Test
    void reportsAnEmptyWindowAsAnEmbeddingFailure() throws IOException {
        // given
        float[] empty = new float[0];

        try (MertEmbedder embedder = new MertEmbedder(writtenModel(), 1)) {
            // when, then
            assertThatThrownBy(() -> embedder.embed(empty))
                    .isInstanceOf(EmbeddingException.class)
                    .hasMessage("no audio samples to embed");
        }
    }

    @Test
    void givesEachThreadTheSameVectorWhenCalledConcurrently() throws Exception {
        // given
        float[] window = toneWithNoise(5 * SAMPLE_RATE);
        ExecutorService pool = Executors.newFixedThreadPool(4);

        try (MertEmbedder embedder = new MertEmbedder(writtenModel(), 1)) {
            float[] alone = embedder.embed(window);

            // when
            List<Future<float[]>> vectors = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                vectors.add(pool.submit(() -> embedder.embed(window)));
            }

            // then
            for (Future<float[]> vector : vectors) {
                assertThat(vector.get()).containsExactly(alone, within(1e-6f));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Path writtenModel() throws IOException {
        Path model = dir.resolve("tiny-mert.onnx");
        tinyModel.write(model);
        return model;
    }

    /** A 440 Hz tone with noise and a DC offset, so that normalising changes every sample. */
    private static float[] toneWithNoise(int samples) {
        Random random = new Random(7);
        float[] window = new float[samples];
        for (int i = 0; i < samples; i++) {
            double tone = 0.3 * Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE);
            window[i] = (float) (0.1 + tone + 0.05 * random.nextGaussian());
        }
        return window;
    }

    /** The feature extractor's normalisation, written out again here as the reference. */
    private static float[] zeroMeanUnitVariance(float[] window) {
        double mean = 0;
        for (float sample : window) {
            mean += sample / (double) window.length;
        }
        double variance = 0;
        for (float sample : window) {
            variance += (sample - mean) * (sample - mean) / window.length;
        }
        double scale = 1 / Math.sqrt(variance + 1e-7);
        float[] normalised = new float[window.length];
        for (int i = 0; i < window.length; i++) {
            normalised[i] = (float) ((window[i] - mean) * scale);
        }
        return normalised;
    }
}
