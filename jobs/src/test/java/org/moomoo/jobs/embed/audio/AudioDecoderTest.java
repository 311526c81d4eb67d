package org.moomoo.jobs.embed.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

class AudioDecoderTest {

    private static final int RATE = 24_000;
    private static final Optional<Path> FFMPEG_ON_PATH = AudioDecoder.findExecutable("ffmpeg", System.getenv("PATH"));

    /** Pure Java only, so the tests of the Java formats cannot pass by way of ffmpeg. */
    private final AudioDecoder javaOnly = new AudioDecoder(Optional.empty(), Duration.ofSeconds(30));

    @TempDir
    Path temp;

    // The fixtures are 440 Hz sines at half of full scale (README.md beside them). jlayer keeps the
    // MP3 encoder's delay and padding, 64 ms in all: within 0.1 s.
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

    // Vorbis states its length (the granule position of its last page), so the samples are the
    // source's to the sample, as sox decodes them; through java-vorbis-support's Java Sound stream
    // tagged.ogg gave no audio, tone.ogg 23 ms too many and tone-96k.ogg an error.
    @ParameterizedTest(name = "{0}")
    @CsvSource({"tagged.ogg, 2.5", "decode/tone.ogg, 2.0", "decode/tone-96k.ogg, 1.5"})
    void decodesOggVorbisInJavaToTheLengthOfItsSource(String name, double seconds) {
        // when
        float[] samples = javaOnly.decodeMono(audioFixture(name), RATE);

        // then
        assertThat(samples.length / (double) RATE).isCloseTo(seconds, within(0.002));
        assertThat(ToneMeter.dominantFrequency(samples, RATE)).isCloseTo(440, within(1.0));
        assertThat(ToneMeter.amplitude(samples, RATE)).isCloseTo(0.5, within(0.01));
    }

    @Test
    void decodesAnOggVorbisSoundEffectShorterThanOneBlock() {
        // given: 0.1 s of 880 Hz, all its audio on the page after the headers

        // when
        float[] samples = javaOnly.decodeMono(fixture("beep-0.1s.ogg"), 44_100);

        // then
        assertThat(samples).hasSize(4410);
        assertThat(ToneMeter.dominantFrequency(samples, 44_100, 2048)).isCloseTo(880, within(2.0));
    }

    @Test
    void downMixesTheChannelsOfOggVorbisToTheirMean() {
        // given: the sine at half of full scale on the left, silence on the right

        // when
        float[] samples = javaOnly.decodeMono(fixture("left-only.ogg"), RATE);

        // then
        assertThat(samples.length / (double) RATE).isCloseTo(1.5, within(0.002));
        assertThat(ToneMeter.amplitude(samples, RATE)).isCloseTo(0.25, within(0.005));
    }

    @Test
    void decodesTheVorbisStreamOfAnOggFileThatStartsWithAVideoStream() {
        // when
        float[] samples = javaOnly.decodeMono(fixture("tone-after-video.ogg"), RATE);

        // then
        assertThat(samples.length / (double) RATE).isCloseTo(1.2, within(0.002));
        assertThat(ToneMeter.dominantFrequency(samples, RATE)).isCloseTo(440, within(1.0));
    }

    // A chained file is streams one after the other, as cat makes it; each is cut to its own
    // length, and one at another rate is resampled to the first's.
    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({"decode/tone.ogg, decode/left-only.ogg, 3.5", "decode/tone.ogg, tagged.ogg, 4.5"})
    void decodesEveryStreamOfAChainedOggFile(String first, String second, double seconds) throws IOException {
        // given
        Path chained = temp.resolve("chained.ogg");
        Files.write(chained, Files.readAllBytes(audioFixture(first)));
        Files.write(chained, Files.readAllBytes(audioFixture(second)), StandardOpenOption.APPEND);

        // when
        float[] samples = javaOnly.decodeMono(chained, RATE);

        // then
        assertThat(samples.length / (double) RATE).isCloseTo(seconds, within(0.002));
    }

    @Test
    void skipsAnId3v1TagAfterTheLastOggPage() throws IOException {
        // given: the 128 bytes of an ID3v1 tag, which starts with "TAG"
        byte[] tag = Arrays.copyOf("TAGFixture Title".getBytes(StandardCharsets.ISO_8859_1), 128);
        Path tagged = Files.write(temp.resolve("id3v1.ogg"), Files.readAllBytes(fixture("tone.ogg")));
        Files.write(tagged, tag, StandardOpenOption.APPEND);

        // when
        float[] samples = javaOnly.decodeMono(tagged, RATE);

        // then
        assertThat(samples.length / (double) RATE).isCloseTo(2.0, within(0.002));
    }

    @Test
    void decodesOggVorbisInJavaEvenWhenThereIsAnFfmpeg() throws IOException {
        // given: an "ffmpeg" that fails on everything
        Path ffmpeg = script("failing-ffmpeg", "echo 'should not be run' >&2", "exit 1");
        AudioDecoder decoder = new AudioDecoder(Optional.of(ffmpeg), Duration.ofSeconds(30));

        // when
        float[] samples = decoder.decodeMono(audioFixture("tagged.ogg"), RATE);

        // then
        assertThat(samples.length / (double) RATE).isCloseTo(2.5, within(0.002));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tone.m4a, 2.0", "tone-opus.ogg, 2.0", "tone-flac.ogg, 1.2"})
    void decodesWithFfmpegWhatJavaCannot(String name, double seconds) {
        // given
        assumeTrue(FFMPEG_ON_PATH.isPresent(), "ffmpeg is not on PATH");
        AudioDecoder decoder = new AudioDecoder(FFMPEG_ON_PATH, Duration.ofSeconds(30));

        // when
        float[] samples = decoder.decodeMono(fixture(name), RATE);

        // then
        assertThat(samples.length / (double) RATE).isCloseTo(seconds, within(0.1));
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
    @CsvSource(
            delimiter = '|',
            value = {
                "decode/empty.mp3 | empty file (0 bytes): copy it again, re-rip or re-encode it",
                "decode/text.mp3 | not a readable MP3 file: re-encode it, or give it the extension of its real format",
                "decode/truncated.flac | truncated or damaged FLAC file: 1.49 s of the 2.00 s in its header could be decoded;"
                        + " copy it again, re-rip or re-encode it",
                "truncated.flac | the FLAC data ends unexpectedly (truncated file?): copy it again, re-rip or re-encode it",
                "huge-comment.flac | not enough memory to decode it (a damaged header or a very long track): re-encode it,"
                        + " or give the job more memory (MOOMOO_JAVA_OPTS=-Xmx4g)"
            })
    void refusesABadFileWithAReason(String name, String reason) {
        // when
        Throwable thrown = catchThrowable(() -> javaOnly.decodeMono(audioFixture(name), RATE));

        // then
        assertThat(thrown).isExactlyInstanceOf(DecodingException.class).hasMessage(reason);
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
                .isExactlyInstanceOf(DecodingException.class)
                .hasMessage("file not found: it was moved or deleted; run local-files again to update the library");
    }

    @Test
    void asksForFfmpegForAFormatJavaCannotDecode() {
        // when / then
        assertThatThrownBy(() -> javaOnly.decodeMono(fixture("tone.m4a"), RATE))
                .isExactlyInstanceOf(DecodingException.class)
                .hasMessage("m4a needs ffmpeg on PATH (apt-get install ffmpeg)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "tone-opus.ogg | this Ogg file holds Opus, not Vorbis: install ffmpeg (apt-get install ffmpeg) to decode Ogg Opus",
                "tone-flac.ogg | this Ogg file holds FLAC, not Vorbis: install ffmpeg (apt-get install ffmpeg) to decode Ogg FLAC"
            })
    void asksForFfmpegForAnotherCodecInAnOggFile(String name, String reason) {
        // when / then
        assertThatThrownBy(() -> javaOnly.decodeMono(fixture(name), RATE))
                .isExactlyInstanceOf(DecodingException.class)
                .hasMessage(reason);
    }

    /**
     * tone.ogg (8,578 bytes) has its headers on two pages (bytes 0-57 and 58-3,931), then two pages
     * of audio: 3,932-8,174 (to 1.87 s) and 8,175-8,577. Each case keeps some ranges of its bytes
     * and may change one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "cut inside the first audio page | 0-6000 | -1 | truncated Ogg Vorbis file: it ends inside a page, after"
                        + " 0.00 s of audio; copy it again, re-rip or re-encode it",
                "cut inside the last page | 0-8400 | -1 | truncated Ogg Vorbis file: it ends inside a page, after"
                        + " 1.87 s of audio; copy it again, re-rip or re-encode it",
                "cut inside the comment header | 0-2000 | -1 | the Ogg Vorbis file ends before its comment header"
                        + " (truncated file?): re-rip or re-encode it",
                "cut inside the first page | 0-40 | -1 | not an Ogg file, or one cut short: it holds no whole Ogg page;"
                        + " re-encode it, or give it the extension of its real format",
                "a byte changed in the first page | 0-8578 | 30 | damaged Ogg data (the first page of its stream is"
                        + " missing): re-rip or re-encode it",
                "a byte changed in the first audio page | 0-8578 | 5000 | damaged Ogg data (bytes that are not a valid"
                        + " Ogg page): re-rip or re-encode it",
                "the first audio page left out | 0-3932 8175-8578 | -1 | damaged Ogg Vorbis data (a page is missing):"
                        + " re-rip or re-encode it"
            })
    void refusesADamagedOggVorbisFileSayingWhatToDo(String damage, String keptRanges, int changedByte, String reason)
            throws IOException {
        // given
        byte[] original = Files.readAllBytes(fixture("tone.ogg"));
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        for (String range : keptRanges.split(" ")) {
            int from = Integer.parseInt(range.substring(0, range.indexOf('-')));
            int to = Integer.parseInt(range.substring(range.indexOf('-') + 1));
            kept.write(original, from, to - from);
        }
        byte[] bytes = kept.toByteArray();
        if (changedByte >= 0) {
            bytes[changedByte] ^= 0x55;
        }
        Path file = Files.write(temp.resolve("damaged.ogg"), bytes);

        // when / then
        assertThatThrownBy(() -> javaOnly.decodeMono(file, RATE))
                .isExactlyInstanceOf(DecodingException.class)
                .hasMessage(reason);
    }

    /**
     * Random bytes under each Java extension, and each fixture with stretches of its bytes
     * overwritten or its end cut off at several places: each decodes or gives DecodingException.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"tone.mp3", "tone.flac", "tone.ogg", "beep-0.1s.ogg", "tone-11k-mono.wav", "tone-48k-24bit.flac"
            })
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
                assertThat(thrown).as(file.getFileName().toString()).isExactlyInstanceOf(DecodingException.class);
                assertThat(thrown.getMessage())
                        .as(file.getFileName().toString())
                        .isNotBlank()
                        .doesNotContain("Exception")
                        .doesNotContain("java.");
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
                .isExactlyInstanceOf(DecodingException.class)
                .hasMessage("ffmpeg did not finish within 0.2 s and was stopped: the file may be damaged or very long;"
                        + " re-encode it");
    }

    @Test
    void givesFfmpegsOwnReasonWhenItFails() throws IOException {
        // given: ffmpeg names the input (argument 6) in front of its last error line
        Path ffmpeg = script("failing-ffmpeg", "echo \"$6: Invalid data found when processing input\" >&2", "exit 1");
        AudioDecoder decoder = new AudioDecoder(Optional.of(ffmpeg), Duration.ofSeconds(30));

        // when / then
        assertThatThrownBy(() -> decoder.decodeMono(fixture("tone.m4a"), RATE))
                .isExactlyInstanceOf(DecodingException.class)
                .hasMessage("ffmpeg could not decode it: Invalid data found when processing input; copy it again,"
                        + " re-rip or re-encode it");
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
