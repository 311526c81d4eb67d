package org.moomoo.benchmarks.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.moomoo.benchmarks.Machine;
import org.moomoo.benchmarks.playlist.ApiServer;
import org.moomoo.jobs.faststart.ScratchDatabase;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.progress.ProgressLine;
import org.moomoo.testsupport.audio.SineWave;
import org.moomoo.testsupport.audio.WavFile;
import org.moomoo.testsupport.library.GeneratedMusicLibrary;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench web}: the API server's jar on a scratch database holding a generated library;
 * one client sends {@code /library/search} requests one after another (words of the library's
 * tags and paths, some matching nothing, some everything) and prints p50 / p99 / max latency, then
 * times the first audio byte of {@code /library/file} Range requests at random offsets of a
 * three-minute WAV file. Latency is measured at the client, so it includes HTTP and JSON.
 */
@Command(
        name = "web",
        mixinStandardHelpOptions = true,
        description = "Web page routes: search latency over a large library, time to first audio byte.")
public final class WebBenchmark implements Callable<Integer> {

    static final String AUDIO_PATH = "bench/long tone.wav";

    @Option(names = "--tracks", defaultValue = "100000", description = "library size (default ${DEFAULT-VALUE})")
    int tracks;

    @Option(names = "--artists", defaultValue = "5000", description = "artists (default ${DEFAULT-VALUE})")
    int artists;

    @Option(names = "--searches", defaultValue = "2000", description = "timed searches (default ${DEFAULT-VALUE})")
    int searches;

    @Option(names = "--ranges", defaultValue = "300", description = "timed Range requests (default ${DEFAULT-VALUE})")
    int ranges;

    @Option(
            names = "--jar",
            defaultValue = "${env:MOOMOO_API_JAR:-playlist-api/target/moomoo-playlist-api.jar}",
            description = "the server's jar (default ${DEFAULT-VALUE})")
    Path jar;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Integer call() throws SQLException, IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(jar)) {
            out.println("moomoo: no server jar at " + jar + "; build it (./moomoo bench web does)");
            return ExitCodes.FAILED;
        }
        String load = Machine.loadAverage();
        Path root = Files.createTempDirectory("moomoo-bench-web");
        try (ScratchDatabase scratch = new ScratchDatabase()) {
            GeneratedMusicLibrary library = new GeneratedMusicLibrary(tracks, artists, 42);
            DataSource dataSource = scratch.bean(DataSource.class);
            library.write(dataSource);
            addAlbumsAndAudio(dataSource, root);
            out.printf(
                    Locale.ROOT,
                    "generated %s tracks by %s artists, and a %d MB WAV file to stream%n",
                    ProgressLine.count(tracks),
                    ProgressLine.count(artists),
                    Files.size(root.resolve(AUDIO_PATH)) >> 20);
            out.flush();
            int port = ApiServer.freePort();
            Process server = ApiServer.start(jar, scratch.uri(), port, Map.of("MOOMOO_MEDIA_LIBRARY", root.toString()));
            try {
                String base = "http://127.0.0.1:" + port;
                long started = System.nanoTime();
                waitForLibrary(base, server);
                out.printf(
                        Locale.ROOT,
                        "server started, library loaded and its search index of %s files built in %.1f s%n",
                        ProgressLine.count(tracks + 1),
                        (System.nanoTime() - started) / 1e9);
                List<String> queries = queries(library);
                Random random = new Random(5);
                // Untimed: the JIT compiles the search path first.
                for (int i = 0; i < 1000; i++) {
                    search(base, queries.get(random.nextInt(queries.size())));
                }
                double[] searchMs = new double[searches];
                for (int i = 0; i < searches; i++) {
                    searchMs[i] = search(base, queries.get(random.nextInt(queries.size())));
                }
                print(out, "search, " + ProgressLine.count(tracks) + " tracks", searchMs, "target p99 < 30 ms");

                long size = Files.size(root.resolve(AUDIO_PATH));
                String fileUrl = base + "/library/file?path=" + URLEncoder.encode(AUDIO_PATH, StandardCharsets.UTF_8);
                for (int i = 0; i < 100; i++) {
                    firstByte(fileUrl, random.nextLong(size - 1));
                }
                double[] firstByteMs = new double[ranges];
                for (int i = 0; i < ranges; i++) {
                    firstByteMs[i] = firstByte(fileUrl, random.nextLong(size - 1));
                }
                print(out, "first audio byte, Range bytes=N-", firstByteMs, "");
                out.printf(
                        Locale.ROOT,
                        "%none client, sequential requests over HTTP/1.1 keep-alive; load average at start %s, at end"
                                + " %s%n",
                        load,
                        Machine.loadAverage());
                out.println(Machine.describe());
                out.flush();
            } finally {
                server.destroy();
                server.waitFor();
            }
        } finally {
            FileSystemUtils.deleteRecursively(root);
        }
        return ExitCodes.COMPLETED;
    }

    // The generated library has no album tags (the engine needs none) and no files on disk: the
    // album name comes from the path, and one real file is added for the audio route.
    private static void addAlbumsAndAudio(DataSource dataSource, Path root) throws SQLException, IOException {
        int rate = 44_100;
        WavFile.write(root.resolve(AUDIO_PATH), SineWave.of(330, 0.3, rate, 180), rate);
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE analytics.local_files ADD COLUMN IF NOT EXISTS album_name VARCHAR");
            sql.execute("UPDATE analytics.local_files SET album_name = split_part(filepath, '/', 3)");
            sql.execute("INSERT INTO analytics.local_files (filepath, track_name, artist_name, album_name,"
                    + " track_length_seconds) VALUES ('" + AUDIO_PATH + "', 'Long tone', 'Bench', 'Tones', 180)");
        }
    }

    /** What people type: artist names, album and track words, path parts, a word found nowhere, one found everywhere. */
    private static List<String> queries(GeneratedMusicLibrary library) {
        Random random = new Random(9);
        List<String> queries = new ArrayList<>();
        List<GeneratedMusicLibrary.GeneratedTrack> all = library.tracks();
        for (int i = 0; i < 200; i++) {
            GeneratedMusicLibrary.GeneratedTrack track = all.get(random.nextInt(all.size()));
            String[] parts = track.path().split("/");
            queries.add("artist " + track.artistNumber());
            queries.add(parts[1].toLowerCase(Locale.ROOT) + " " + parts[2].toLowerCase(Locale.ROOT));
            queries.add("track " + track.track() + " artist " + track.artistNumber());
            queries.add(parts[0] + "/" + parts[1].substring(0, 9));
        }
        queries.addAll(List.of("zzzz", "café", "a", "Genre", "artist 1"));
        return queries;
    }

    private double search(String base, String query) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response =
                get(base + "/library/search?limit=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("search '" + query + "' answered " + response.statusCode());
        }
        return ms;
    }

    private double firstByte(String url, long offset) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Range", "bytes=" + offset + "-")
                .timeout(Duration.ofSeconds(30))
                .build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 206 || body.read() < 0) {
                throw new IllegalStateException("the Range request answered " + response.statusCode());
            }
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void print(PrintWriter out, String what, double[] ms, String target) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        out.printf(
                Locale.ROOT,
                "%-36s n=%d  p50 %.2f ms  p99 %.2f ms  max %.2f ms  %s%n",
                what,
                sorted.length,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted[sorted.length - 1],
                target);
        out.flush();
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    // /library/info answers once the library is in memory, and loads it when the load at start
    // failed (a busy database can make it time out); the first search then builds the index.
    private void waitForLibrary(String base, Process server) throws InterruptedException {
        // Generous: on a shared machine, reading 100,000 vectors can take minutes.
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue());
            }
            try {
                if (get(base + "/library/info").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not load the library within 15 minutes");
    }
}
