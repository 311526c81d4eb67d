package org.moomoo.testsupport.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Full-length tracks for the embedding benchmark: 3 to 4 minutes of synthesised 44.1 kHz
 * stereo music (sox), half encoded as 192 kbit/s mp3 (lame), half as flac. Made once per folder and
 * reused, because encoding a hundred tracks takes minutes.
 */
public final class GeneratedTracks {

    private static final String[] NOTES = {"C2", "D2", "E2", "G2", "A2", "C3", "E3", "G3", "A3", "C4", "E4", "G4"};
    private static final String[] VOICES = {"pluck", "sine", "square", "triangle", "sawtooth"};

    private GeneratedTracks() {}

    /** The {@code count} tracks in {@code folder}, making those that are missing. */
    public static List<Path> ensure(Path folder, int count, long seed) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        List<Path> tracks = new ArrayList<>();
        List<Runnable> missing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int seconds = 180 + random.nextInt(61);
            String voice = VOICES[random.nextInt(VOICES.length)];
            List<String> synth = new ArrayList<>(List.of("synth", String.valueOf(seconds)));
            for (int v = 0; v < 3; v++) {
                synth.add(voice);
                synth.add(NOTES[random.nextInt(NOTES.length)]);
            }
            synth.add(random.nextBoolean() ? "pinknoise" : "brownnoise");
            String tremolo = String.format(Locale.ROOT, "%.2f", 0.5 + random.nextDouble() * 4);
            boolean mp3 = i % 2 == 0;
            Path track = folder.resolve(String.format("track-%03d.%s", i, mp3 ? "mp3" : "flac"));
            tracks.add(track);
            if (!Files.exists(track)) {
                missing.add(() -> make(track, synth, tremolo, mp3));
            }
        }
        if (!missing.isEmpty()) {
            ExecutorService pool =
                    Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
            try {
                List<Future<?>> done = new ArrayList<>();
                missing.forEach(job -> done.add(pool.submit(job)));
                for (Future<?> future : done) {
                    future.get();
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            } finally {
                pool.shutdown();
                pool.awaitTermination(1, TimeUnit.MINUTES);
            }
        }
        return tracks;
    }

    private static void make(Path track, List<String> synth, String tremolo, boolean mp3) {
        Path wav = track.resolveSibling(track.getFileName() + ".wav");
        try {
            List<String> sox =
                    new ArrayList<>(List.of("sox", "-n", "-r", "44100", "-c", "2", "-b", "16", wav.toString()));
            sox.addAll(synth);
            sox.addAll(List.of("tremolo", tremolo, "40", "vol", "0.4"));
            run(sox);
            Path partial = track.resolveSibling(track.getFileName() + ".part");
            run(
                    mp3
                            ? List.of("lame", "--quiet", "-b", "192", wav.toString(), partial.toString())
                            : List.of("flac", "-s", "-f", "-5", wav.toString(), "-o", partial.toString()));
            Files.move(partial, track);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(wav);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException(command.get(0) + " failed: " + output.strip()
                        + " (the benchmark needs sox, lame and flac: apt-get install sox lame flac)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
