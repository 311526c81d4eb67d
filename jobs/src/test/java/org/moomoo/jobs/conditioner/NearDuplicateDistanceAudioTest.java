package org.moomoo.jobs.conditioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.embed.EmbeddingRow;
import org.moomoo.jobs.embed.TrackEmbedder;
import org.moomoo.jobs.embed.audio.AudioDecoder;
import org.moomoo.jobs.embed.sonic.SonicEmbedder;
import org.moomoo.testsupport.audio.SyntheticTracks;
import org.moomoo.testsupport.audio.SyntheticTracks.Kind;

/**
 * The calibrated near-duplicate distance on a generated library of real files: distinct tracks as
 * WAV, and some of them encoded again by ffmpeg (FLAC, MP3 at 320 and 128 kbit/s, MP3 starting a
 * quarter of a second late), all decoded and embedded by the embed job's own path.
 */
class NearDuplicateDistanceAudioTest {

    private static final int RATE = 44_100;
    private static final double SECONDS = 15;
    private static final int TRACKS_PER_KIND = 6;

    @TempDir
    Path library;

    private record File(int track, float[] vector) {}

    @Test
    void everyReEncodingOfATrackIsANearDuplicateAndNoDistinctTrackIs() throws Exception {
        assumeTrue(ffmpegRuns(), "ffmpeg is not on PATH (./moomoo test installs it)");
        // given: six tracks of each kind, the first of each kind with a beat also re-encoded four ways
        SyntheticTracks tracks = new SyntheticTracks(RATE);
        TrackEmbedder embedder = new TrackEmbedder(AudioDecoder.withFfmpegFromPath(), new SonicEmbedder());
        Random random = new Random(17);
        List<File> files = new ArrayList<>();
        int track = 0;
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < TRACKS_PER_KIND; i++, track++) {
                Path wav = library.resolve(track + ".wav");
                writeWav(tracks.generate(kind, random, SECONDS), wav);
                files.add(new File(track, embed(embedder, wav)));
                // sonic-v1's tempo estimate of a track without a beat is unstable under re-encoding
                // (it moves such a track by up to 0.15 of the library's radius), so those are left out.
                if (i == 0 && kind != Kind.SUSTAINED_PADS) {
                    files.add(new File(track, encode(embedder, wav, track + ".flac", "-c:a", "flac")));
                    files.add(new File(track, encode(embedder, wav, track + "-320.mp3", "-b:a", "320k")));
                    files.add(new File(track, encode(embedder, wav, track + "-128.mp3", "-b:a", "128k")));
                    files.add(
                            new File(track, encode(embedder, wav, track + "-late.mp3", "-ss", "0.25", "-b:a", "192k")));
                }
            }
        }

        // when
        List<float[]> vectors = files.stream().map(File::vector).toList();
        PcaConditioner model = PcaFitter.fit(SonicEmbedder.NAME, vectors, true, null);

        // then
        double threshold = model.nearDuplicateDistance();
        double farthestSame = 0;
        double closestDistinct = Double.POSITIVE_INFINITY;
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                double d = NearDuplicateDistance.distance(
                        model.apply(files.get(i).vector()),
                        model.apply(files.get(j).vector()));
                if (files.get(i).track() == files.get(j).track()) {
                    farthestSame = Math.max(farthestSame, d);
                } else {
                    closestDistinct = Math.min(closestDistinct, d);
                }
            }
        }
        System.out.printf(
                "near-duplicate distance %.4f on %d files: farthest re-encoding %.4f, closest distinct %.4f%n",
                threshold, files.size(), farthestSame, closestDistinct);
        assertThat(farthestSame).isLessThanOrEqualTo(threshold);
        assertThat(closestDistinct).isGreaterThan(threshold);
    }

    private static boolean ffmpegRuns() {
        try {
            Process process = new ProcessBuilder("ffmpeg", "-version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static float[] embed(TrackEmbedder embedder, Path file) {
        EmbeddingRow row = embedder.embed(file, file.getFileName().toString());
        assertThat(row.failReason()).isNull();
        return row.vector();
    }

    private float[] encode(TrackEmbedder embedder, Path wav, String name, String... options)
            throws IOException, InterruptedException {
        Path out = library.resolve(name);
        List<String> command =
                new ArrayList<>(List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-i", wav.toString()));
        command.addAll(List.of(options));
        if (name.endsWith(".mp3")) {
            command.addAll(List.of("-c:a", "libmp3lame"));
        }
        command.add(out.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("ffmpeg %s: %s", name, output).isZero();
        return embed(embedder, out);
    }

    // 16-bit mono WAV, scaled down only if a track would clip.
    private static void writeWav(float[] samples, Path wav) throws IOException {
        float peak = 0;
        for (float sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        float gain = peak > 0.99f ? 0.99f / peak : 1;
        ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float sample : samples) {
            bytes.putShort((short) Math.round(sample * gain * Short.MAX_VALUE));
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        AudioSystem.write(
                new AudioInputStream(new ByteArrayInputStream(bytes.array()), format, samples.length),
                AudioFileFormat.Type.WAVE,
                wav.toFile());
    }
}
