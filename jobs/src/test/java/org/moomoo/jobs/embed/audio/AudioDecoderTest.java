package org.moomoo.jobs.embed.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moomoo.jobs.embed.EmbeddingException;

class AudioDecoderTest {

    private static final int RATE = 24_000;
    private static final Optional<Path> FFMPEG_ON_PATH = AudioDecoder.findExecutable("ffmpeg", System.getenv("PATH"));

    /** Pure Java only, so the tests of the Java formats cannot pass by way of ffmpeg. */
    private final AudioDecoder javaOnly = new AudioDecoder(Optional.empty(), Duration.ofSeconds(30));

    @TempDir
    Path temp;

    // The fixtures are 440 Hz sines at half of full scale (README.md beside them). jlayer keeps the
    // MP3 encoder's delay and padding, 64 ms in all, and Vorbis adds 23 ms; both within 0.1 s.
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tone.mp3, 2.0",
        "tone.flac, 2.0",
        "tone-48k-24bit.flac, 1.0",
        "tone.ogg, 2.0",
        "tone-11k-mono.wav, 2.0",
        "left-only-8k.wav, 1.0"
    })
    void decodesEachJavaFormatToMonoAtTheTargetRate(String name, double seconds) {
        // when
        float[] samples = javaOnly.decodeMono(fixture(name), RATE);

        // then
        assertThat(samples.length / (double) RATE).isCloseTo(seconds, within(0.1));
        assertThat(ToneMeter.dominantFrequency(samples, RATE)).isCloseTo(440, within(1.0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tone.m4a", "tone-opus.ogg"})
    void decodesWithFfmpegWhatJavaCannot(String name) {
        // given
        assumeTrue(FFMPEG_ON_PATH.isPresent(), "ffmpeg is not on PATH");
        AudioDecoder decoder = new AudioDecoder(FFMPEG_ON_PATH, Duration.ofSeconds(30));

        // when
        float[] samples = decoder.decodeMono(fixture(name), RATE);

        // then
        assertThat(samples.length / (double) RATE).isCloseTo(2.0, within(0.1));
        assertThat(ToneMeter.dominantFrequency(samples, RATE)).isCloseTo(440, within(1.0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tone.flac", "tone-48k-24bit.flac", "tone-11k-mono.wav"})
    void keepsTheLevelOfALosslessFile(String name) {
        // when
        float[] samples = javaOnly.decodeMono(fixture(name), RATE);

        // then
        assertThat(ToneMeter.amplitude(samples, RATE)).isCloseTo(0.5, within(0.005));
    }

    @Test
    void downMixesTheChannelsToTheirMean() {
        // given: the sine at half of full scale on the left, silence on the right

        // when
        float[] samples = javaOnly.decodeMono(fixture("left-only-8k.wav"), RATE);

        // then
        assertThat(ToneMeter.amplitude(samples, RATE)).isCloseTo(0.25, within(0.005));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "decode/empty.mp3 | empty file (0 bytes)",
        "decode/text.mp3 | not a readable MP3 file",
        "decode/truncated.flac | truncated or damaged FLAC file: 1.49 s of the 2.00 s in its header could be decoded",
        "truncated.flac | the FLAC data ends unexpectedly (truncated file?)",
        "huge-comment.flac | not enough memory to decode it (a damaged header or a very long track)"
    })
    void refusesABadFileWithAReason(String name, String reason) {
        // when
        Throwable thrown = catchThrowable(() -> javaOnly.decodeMono(audioFixture(name), RATE));

        // then
        assertThat(thrown).isExactlyInstanceOf(EmbeddingException.class).hasMessage(reason);
    }

    @Test
    void decodesAFlacFileThatHoldsMoreSamplesThanItsHeaderAnnounces() {
        // given: tone.flac (2 s) whose STREAMINFO says 44,100 samples; through jflac's Java Sound
        // stream this file makes the decoder loop forever

        // when
        float[] samples = javaOnly.decodeMono(fixture("longer-than-announced.flac"), RATE);

        // then
        assertThat(samples.length / (double) RATE).isBetween(1.0, 2.0);
    }

    @Test
    void refusesAMissingFile() {
        // when / then
        assertThatThrownBy(() -> javaOnly.decodeMono(temp.resolve("gone.mp3"), RATE))
                .isExactlyInstanceOf(EmbeddingException.class)
                .hasMessage("file not found");
    }

    @Test
    void asksForFfmpegForAFormatJavaCannotDecode() {
        // when / then
        assertThatThrownBy(() -> javaOnly.decodeMono(fixture("tone.m4a"), RATE))
                .isExactlyInstanceOf(EmbeddingException.class)
                .hasMessage("m4a needs ffmpeg on PATH (apt-get install ffmpeg)");
    }

    @Test
    void asksForFfmpegForOpusInAnOggFile() {
        // when / then
        assertThatThrownBy(() -> javaOnly.decodeMono(fixture("tone-opus.ogg"), RATE))
                .isExactlyInstanceOf(EmbeddingException.class)
                .hasMessage("not a readable Ogg Vorbis file (Ogg Opus and Ogg FLAC need ffmpeg on PATH)");
    }

    /**
     * Random bytes under each Java extension, and each fixture with stretches of its bytes
     * overwritten or its end cut off at several places: each decodes or gives EmbeddingException.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tone.mp3", "tone.flac", "tone.ogg", "tone-11k-mono.wav", "tone-48k-24bit.flac"})
    void neitherHangsNorThrowsAnythingElseOnDamagedData(String name) throws IOException {
        // given
        byte[] original = Files.readAllBytes(fixture(name));
        String extension = name.substring(name.lastIndexOf('.'));
        Random random = new Random(name.hashCode());
        List<Path> damaged = new ArrayList<>();
        byte[] noise = new byte[original.length];
        random.nextBytes(noise);
        damaged.add(Files.write(temp.resolve("noise" + extension), noise));
        for (int i = 0; i < 12; i++) {
            byte[] copy = original.clone();
            int start = random.nextInt(copy.length - 64);
            for (int j = start; j < start + 16 + random.nextInt(48); j++) {
                copy[j] = (byte) random.nextInt(256);
            }
            damaged.add(Files.write(temp.resolve("overwritten-" + i + extension), copy));
        }
        for (int cut : new int[] {1, 4, 12, 40, 200, original.length / 3, original.length - 1}) {
            damaged.add(Files.write(temp.resolve("cut-" + cut + extension), Arrays.copyOf(original, cut)));
        }

        for (Path file : damaged) {
            // when
            Throwable thrown = catchThrowable(() -> javaOnly.decodeMono(file, RATE));

            // then
            if (thrown != null) {
                assertThat(thrown).as(file.getFileName().toString()).isExactlyInstanceOf(EmbeddingException.class);
                assertThat(thrown.getMessage()).as(file.getFileName().toString()).isNotBlank()
                        .doesNotContain("Exception").doesNotContain("java.");
            }
        }
    }

    @Test
    void givesTheSameSamplesOnSeveralThreadsAtOnce() throws Exception {
        // given
        List<String> names = List.of("tone.mp3", "tone.flac", "tone.ogg", "tone-48k-24bit.flac");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<float[]>> results = new ArrayList<>();

        // when
        try {
            for (int round = 0; round < 3; round++) {
                for (String name : names) {
                    results.add(threads.submit(() -> javaOnly.decodeMono(fixture(name), RATE)));
                }
            }

            // then
            for (int i = 0; i < results.size(); i++) {
                String name = names.get(i % names.size());
                assertThat(results.get(i).get()).as(name).containsExactly(javaOnly.decodeMono(fixture(name), RATE));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void stopsFfmpegWhenItTakesTooLong() throws IOException {
        // given
        Path ffmpeg = script("slow-ffmpeg", "exec sleep 60");
        AudioDecoder decoder = new AudioDecoder(Optional.of(ffmpeg), Duration.ofMillis(200));

        // when / then
        assertThatThrownBy(() -> decoder.decodeMono(fixture("tone.m4a"), RATE))
                .isExactlyInstanceOf(EmbeddingException.class)
                .hasMessage("ffmpeg did not finish within 0.2 s and was stopped");
    }

    @Test
    void givesFfmpegsOwnReasonWhenItFails() throws IOException {
        // given: ffmpeg names the input (argument 6) in front of its last error line
        Path ffmpeg = script("failing-ffmpeg", "echo \"$6: Invalid data found when processing input\" >&2", "exit 1");
        AudioDecoder decoder = new AudioDecoder(Optional.of(ffmpeg), Duration.ofSeconds(30));

        // when / then
        assertThatThrownBy(() -> decoder.decodeMono(fixture("tone.m4a"), RATE))
                .isExactlyInstanceOf(EmbeddingException.class)
                .hasMessage("ffmpeg could not decode it: Invalid data found when processing input");
    }

    @Test
    void findsTheFirstExecutableOfThatNameOnThePath() throws IOException {
        // given
        Path empty = Files.createDirectory(temp.resolve("empty"));
        Path notExecutable = Files.createDirectory(temp.resolve("plain"));
        Files.writeString(notExecutable.resolve("ffmpeg"), "not a program");
        Path bin = Files.createDirectory(temp.resolve("bin"));
        Path ffmpeg = Files.writeString(bin.resolve("ffmpeg"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(ffmpeg, PosixFilePermissions.fromString("rwxr-xr-x"));
        String path = String.join(":", empty.toString(), notExecutable.toString(), bin.toString());

        // when / then
        assertThat(AudioDecoder.findExecutable("ffmpeg", path)).contains(ffmpeg);
        assertThat(AudioDecoder.findExecutable("ffmpeg", empty.toString())).isEmpty();
        assertThat(AudioDecoder.findExecutable("ffmpeg", null)).isEmpty();
    }

    private Path script(String name, String... lines) throws IOException {
        Path script = Files.writeString(temp.resolve(name), "#!/bin/sh\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static Path fixture(String name) {
        return audioFixture("decode/" + name);
    }

    private static Path audioFixture(String name) {
        URL url = AudioDecoderTest.class.getResource("/fixtures/audio/" + name);
        assertThat(url).as("fixture " + name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
