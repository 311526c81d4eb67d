package org.moomoo.jobs.embed.sonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.embed.EmbeddingException;
import org.moomoo.testsupport.audio.SyntheticTracks;
import org.moomoo.testsupport.audio.SyntheticTracks.Kind;

class SonicEmbedderTest {

    private static final int RATE = SonicEmbedder.SAMPLE_RATE;

    private final SonicEmbedder embedder = new SonicEmbedder();

    @Test
    void tellsKindsOfSoundApart() {
        // given six 30-second tracks of each of five kinds, with random notes, tempo, level and noise
        Random random = new Random(20261124);
        SyntheticTracks tracks = new SyntheticTracks(RATE);
        List<Kind> kinds = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < 6; i++) {
                kinds.add(kind);
                vectors.add(embedder.embed(tracks.generate(kind, random, 30)));
            }
        }

        // when each track looks for its 5 nearest neighbours among the standardised vectors
        double precision = new NearestNeighbours(Standardised.of(vectors)).precisionAtK(kinds, 5);

        // then most neighbours are of the same kind
        System.out.printf(
                "sonic-v1 precision@5 over %d synthetic tracks of %d kinds: %.3f%n",
                kinds.size(), Kind.values().length, precision);
        assertThat(precision).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void givesTheSameVectorForTheSameWindow() {
        // given
        float[] window = new SyntheticTracks(RATE).generate(Kind.PLUCKED_ARPEGGIO, new Random(7), 10);

        // when
        float[] first = embedder.embed(window);
        float[] second = new SonicEmbedder().embed(window.clone());

        // then
        assertThat(second).containsExactly(first);
    }

    @Test
    void givesTheSameVectorWhenCalledFromSeveralThreadsAtOnce() throws Exception {
        // given
        float[] window = new SyntheticTracks(RATE).generate(Kind.SAW_LEAD, new Random(3), 10);
        float[] expected = embedder.embed(window);

        // when
        List<float[]> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> embedder.embed(window)));
            }
            for (Future<float[]> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        // then
        assertThat(results).allSatisfy(vector -> assertThat(vector).containsExactly(expected));
    }

    @Test
    void hasTheDocumentedDimensionAndName() {
        // given
        float[] window = new SyntheticTracks(RATE).generate(Kind.SINE_BASS_LINE, new Random(1), 5);

        // when
        float[] vector = embedder.embed(window);

        // then
        assertThat(vector).hasSize(SonicEmbedder.DIMENSION).hasSize(embedder.dimension());
        assertThat(embedder.name()).isEqualTo("sonic-v1");
        assertThat(embedder.sampleRate()).isEqualTo(22_050);
    }

    @Test
    void givesAFiniteVectorForSilence() {
        // given
        float[] silence = new float[10 * RATE];

        // when
        float[] vector = embedder.embed(silence);

        // then
        assertThat(vector).hasSize(SonicEmbedder.DIMENSION);
        for (float value : vector) {
            assertThat(Float.isFinite(value)).isTrue();
        }
    }

    @Test
    void givesAFiniteVectorForAWindowOfExactlyOneFrame() {
        // given
        float[] window = new SyntheticTracks(RATE).generate(Kind.NOISE_PERCUSSION, new Random(5), 1);
        float[] oneFrame = Arrays.copyOf(window, Spectrogram.FRAME_LENGTH);

        // when
        float[] vector = embedder.embed(oneFrame);

        // then
        for (float value : vector) {
            assertThat(Float.isFinite(value)).isTrue();
        }
    }

    @Test
    void refusesAWindowShorterThanOneFrame() {
        // given
        float[] window = new float[2047];

        // when / then
        assertThatThrownBy(() -> embedder.embed(window))
                .isInstanceOf(EmbeddingException.class)
                .hasMessage("window too short to embed (2047 samples)");
    }

    @Test
    void refusesAWindowWithANonFiniteSample() {
        // given
        float[] window = new float[RATE];
        window[100] = Float.NaN;

        // when / then
        assertThatThrownBy(() -> embedder.embed(window))
                .isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("sample far outside [-1, 1] (NaN) at index 100");
    }

    @Test
    void refusesAWindowWithASampleFarOutOfRange() {
        // given
        float[] window = new float[RATE];
        window[7] = 1e20f;

        // when / then
        assertThatThrownBy(() -> embedder.embed(window))
                .isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("sample far outside [-1, 1] (1.0E20) at index 7");
    }

    @Test
    void describesTheSameSoundTheSameWayAtAnotherGain() {
        // given
        float[] window = new SyntheticTracks(RATE).generate(Kind.SUSTAINED_PADS, new Random(9), 10);
        float[] quieter = new float[window.length];
        for (int i = 0; i < window.length; i++) {
            quieter[i] = window[i] * 0.1f;
        }

        // when
        float[] loud = embedder.embed(window);
        float[] quiet = embedder.embed(quieter);

        // then every value but the level block (offsets 172-175) barely moves
        for (int i = 0; i < SonicEmbedder.DIMENSION; i++) {
            if (i < 172 || i > 175) {
                assertThat(quiet[i])
                        .as("feature %d", i)
                        .isCloseTo(loud[i], Offset.offset(1e-3f + 1e-3f * Math.abs(loud[i])));
            }
        }
        assertThat(quiet[172]).isCloseTo(loud[172] - 20, Offset.offset(0.01f));
    }
}
