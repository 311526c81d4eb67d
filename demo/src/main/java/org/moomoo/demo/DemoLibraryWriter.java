package org.moomoo.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.moomoo.testsupport.audio.SyntheticTracks;
import org.moomoo.testsupport.audio.SyntheticTracks.Kind;

/**
 * Writes the demo library's files: each track synthesised (its artist's kind of sound, its own
 * notes) and encoded by ffmpeg as Ogg Vorbis, Opus or FLAC with the tags MusicBrainz Picard writes.
 * Files already there are kept, so a second run costs nothing.
 */
public final class DemoLibraryWriter {

    /** The sample rate of the generated audio: enough for the embedder, small on disk. */
    static final int SAMPLE_RATE = 22_050;

    private final Path root;
    private final double seconds;
    private final long seed;

    /** Writes under {@code root} tracks of {@code seconds} each, their notes drawn from {@code seed}. */
    public DemoLibraryWriter(Path root, double seconds, long seed) {
        this.root = root;
        this.seconds = seconds;
        this.seed = seed;
    }

    /** Writes the missing files of {@code library}; returns how many it wrote. */
    public int write(DemoLibrary library, int threads) throws IOException, InterruptedException {
        List<DemoTrack> missing = library.tracks().stream()
                .filter(t -> !Files.exists(root.resolve(t.path())))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (DemoTrack track : missing) {
                done.add(pool.submit(() -> {
                    write(track);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
        return missing.size();
    }

    private void write(DemoTrack track) throws IOException, InterruptedException {
        float[] samples =
                new SyntheticTracks(SAMPLE_RATE).generate(track.kind(), new Random(seed * 31 + track.index()), seconds);
        Path file = root.resolve(track.path());
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        List<String> command = new ArrayList<>(List.of(
                "ffmpeg",
                "-nostdin",
                "-v",
                "error",
                "-y",
                "-f",
                "f32le",
                "-ar",
                String.valueOf(SAMPLE_RATE),
                "-ac",
                "1",
                "-i",
                "pipe:0"));
        tags(track).forEach((key, value) -> command.addAll(List.of("-metadata", key + "=" + value)));
        command.addAll(
                switch (track.album().extension()) {
                    case "flac" -> List.of("-c:a", "flac", "-sample_fmt", "s16", "-f", "flac");
                    case "opus" -> List.of("-c:a", "libopus", "-b:a", "32k", "-ar", "48000", "-f", "ogg");
                    default -> List.of("-c:a", "libvorbis", "-q:a", "1", "-f", "ogg");
                });
        command.add(partial.toString());
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = ffmpeg.getOutputStream()) {
            ByteBuffer bytes = ByteBuffer.allocate(samples.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(samples);
            in.write(bytes.array());
        } catch (IOException e) {
            // ffmpeg stopped reading: its own message below says why.
        }
        String output = new String(ffmpeg.getInputStream().readAllBytes());
        if (ffmpeg.waitFor() != 0) {
            Files.deleteIfExists(partial);
            throw new IOException("ffmpeg could not encode " + track.path() + ": " + output.strip()
                    + " (./moomoo demo installs ffmpeg; run ./moomoo setup if it is missing)");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The tags of {@code track}, under the names ffmpeg maps onto Vorbis comments. */
    static Map<String, String> tags(DemoTrack track) {
        DemoAlbum album = track.album();
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("title", track.title());
        tags.put("artist", track.artist().name());
        tags.put("album", album.title());
        tags.put("album_artist", album.artist().name());
        tags.put("track", String.valueOf(track.number()));
        tags.put("disc", "1");
        tags.put("date", String.valueOf(album.year()));
        tags.put("genre", genre(track.kind()));
        tags.put("MUSICBRAINZ_TRACKID", track.recording().toString());
        tags.put("MUSICBRAINZ_ARTISTID", track.artist().mbid().toString());
        tags.put("MUSICBRAINZ_ALBUMID", album.release().toString());
        tags.put("MUSICBRAINZ_ALBUMARTISTID", album.artist().mbid().toString());
        tags.put("MUSICBRAINZ_RELEASEGROUPID", album.releaseGroup().toString());
        tags.put("MUSICBRAINZ_RELEASETRACKID", track.releaseTrack().toString());
        tags.put("MUSICBRAINZ_ALBUMSTATUS", "Official");
        tags.put("MUSICBRAINZ_ALBUMTYPE", "album");
        return tags;
    }

    /** The genre tag of tracks of {@code kind}. */
    static String genre(Kind kind) {
        return switch (kind) {
            case SINE_BASS_LINE -> "Dub";
            case SAW_LEAD -> "Synthpop";
            case NOISE_PERCUSSION -> "Drum and Bass";
            case PLUCKED_ARPEGGIO -> "Folk";
            case SUSTAINED_PADS -> "Ambient";
        };
    }
}
