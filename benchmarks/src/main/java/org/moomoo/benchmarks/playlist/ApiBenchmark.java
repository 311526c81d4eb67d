package org.moomoo.benchmarks.playlist;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.moomoo.benchmarks.Machine;
import org.moomoo.jobs.faststart.ScratchDatabase;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.progress.ProgressLine;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.PlaylistCollection;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.moomoo.testsupport.library.GeneratedMusicLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench api}: the playlist API server (its jar, started as a child process on a
 * scratch database holding a generated library) under wrk: requests per second and p50 / p99
 * latency of a collection route and of {@code from-files} on album folders (10 seeds), at 1, 8 and
 * 64 connections, the server's CPU time per request, and its resident memory with the library
 * loaded.
 */
@Command(
        name = "api",
        mixinStandardHelpOptions = true,
        description = "Playlist API throughput and latency under wrk, and the server's resident memory.")
public final class ApiBenchmark implements Callable<Integer> {

    private static final String USER = "bench";
    private static final List<Integer> CONNECTIONS = List.of(1, 8, 64);
    private static final int WARM_UP_SECONDS = 20;
    /**
     * One wrk thread: it drives 64 connections at these rates with a few percent of a core, and a
     * second one would only take more of the two cores from the server.
     */
    private static final int WRK_THREADS = 1;

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    // The kernel's USER_HZ, the unit of /proc times.
    private static final double TICKS_PER_SECOND = 100;
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors:(.*)");

    @Option(names = "--tracks", defaultValue = "100000", description = "library size (default ${DEFAULT-VALUE})")
    int tracks;

    @Option(names = "--artists", defaultValue = "5000", description = "artists (default ${DEFAULT-VALUE})")
    int artists;

    @Option(names = "--seconds", defaultValue = "10", description = "seconds per wrk run (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(
            names = "--jar",
            defaultValue = "${env:MOOMOO_API_JAR:-playlist-api/target/moomoo-playlist-api.jar}",
            description = "the server's jar (default ${DEFAULT-VALUE})")
    Path jar;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * What one wrk run measured, with the server's CPU time per request: unlike the rates, it
     * hardly depends on what else the machine runs.
     */
    private record Run(double requestsPerSecond, String p50, String p99, double serverCpuMs, String errors) {}

    @Override
    public Integer call() throws SQLException, IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(jar)) {
            out.println("moomoo: no server jar at " + jar + "; build it (./moomoo bench api does)");
            return ExitCodes.FAILED;
        }
        String load = Machine.loadAverage();
        try (ScratchDatabase scratch = new ScratchDatabase()) {
            GeneratedMusicLibrary library = new GeneratedMusicLibrary(tracks, artists, 42);
            library.write(scratch.bean(DataSource.class));
            storeCollection(scratch.bean(CollectionStore.class), library.paths());
            out.printf(
                    Locale.ROOT,
                    "generated %s tracks by %s artists, and %s's %s collection of 15 playlists " + "of 20 tracks%n",
                    ProgressLine.count(tracks),
                    ProgressLine.count(artists),
                    USER,
                    RegisteredCollection.TOP_ARTISTS.collectionName());
            out.flush();

            int port = ApiServer.freePort();
            Process server = ApiServer.start(jar, scratch.uri(), port, Map.of());
            try {
                String base = "http://127.0.0.1:" + port;
                long started = System.nanoTime();
                waitForLibrary(base, server);
                out.printf(
                        Locale.ROOT,
                        "server started and library loaded in %.1f s; resident memory %s MB%n",
                        (System.nanoTime() - started) / 1e9,
                        residentMegabytes(server));
                out.flush();
                Path script = fromFilesScript(library.albumFolders());
                try {
                    String collection = base + "/playlist/suggest/by-artist/" + USER;
                    // Untimed runs first, so that the JIT has compiled the paths the timed runs take: on
                    // two busy cores its queue takes tens of seconds to drain.
                    wrk(server, collection, null, 8, warmUp());
                    wrk(server, base, script, 8, warmUp());
                    out.printf(
                            Locale.ROOT,
                            "%n%-34s %5s %10s %10s %10s %12s  %s%n",
                            "route",
                            "conns",
                            "req/s",
                            "p50",
                            "p99",
                            "server CPU",
                            "errors");
                    for (int connections : CONNECTIONS) {
                        print(
                                out,
                                "collection (suggest/by-artist)",
                                connections,
                                wrk(server, collection, null, connections, seconds));
                    }
                    for (int connections : CONNECTIONS) {
                        print(
                                out,
                                "from-files, album (10 seeds)",
                                connections,
                                wrk(server, base, script, connections, seconds));
                    }
                } finally {
                    Files.deleteIfExists(script);
                }
                out.printf(
                        Locale.ROOT,
                        "%nserver resident memory after the runs: %s MB (VmRSS)%n",
                        residentMegabytes(server));
                out.printf(
                        Locale.ROOT,
                        "targets: collection >= 2,000 req/s with p99 < 20 ms at 8 connections; "
                                + "from-files 10 seeds >= 200 req/s with p99 < 50 ms%n");
                out.printf(
                        Locale.ROOT,
                        "wrk with %d thread, after %d s of warm-up per route; load average at start %s, at end %s%n",
                        WRK_THREADS,
                        warmUp(),
                        load,
                        Machine.loadAverage());
                out.println(Machine.describe() + "; server " + String.join(" ", ApiServer.command(jar, port)));
                out.flush();
            } finally {
                server.destroy();
                server.waitFor();
            }
        }
        return ExitCodes.COMPLETED;
    }

    private int warmUp() {
        return Math.max(WARM_UP_SECONDS, seconds);
    }

    // Playlists of library files, as create-collections stores them: 15 of 20 tracks, like top-artists.
    private static void storeCollection(CollectionStore store, List<String> paths) {
        Random random = new Random(3);
        List<Playlist> playlists = new ArrayList<>();
        for (int p = 0; p < 15; p++) {
            List<Track> playlistTracks = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                String path = paths.get(random.nextInt(paths.size()));
                playlistTracks.add(new Track(path, null, null, null, null, null, 200, 0.5 + t / 100.0, t == 0));
            }
            playlists.add(new Playlist("Artist mix " + (p + 1), "Tracks like artist " + (p + 1), playlistTracks));
        }
        PlaylistCollection collection = store.create(
                USER, RegisteredCollection.TOP_ARTISTS.collectionName(), RegisteredCollection.TOP_ARTISTS.schedule());
        store.replace(collection, playlists, true);
    }

    // Health shows the engine UP once the library is in memory. On two cores shared with other
    // builds (load average 20) starting the server and loading 100,000 files took over 5 minutes.
    private static void waitForLibrary(String base, Process server) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue());
            }
            try {
                String body =
                        http.send(health, HttpResponse.BodyHandlers.ofString()).body();
                if (body.contains("\"embeddedFiles\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not load the library within 15 minutes");
    }

    /** A wrk script that asks for a random album folder of the library on each request. */
    private static Path fromFilesScript(List<String> albums) throws IOException {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        Random random = new Random(11);
        for (int i = 0; i < Math.min(2000, albums.size()); i++) {
            String album = albums.get(random.nextInt(albums.size()));
            lua.append("  \"/playlist/from-files?n=20&seed=1&path=")
                    .append(URLEncoder.encode(album, StandardCharsets.UTF_8))
                    .append("\",\n");
        }
        lua.append("}\nmath.randomseed(7)\nrequest = function()\n"
                + "  return wrk.format(\"GET\", paths[math.random(#paths)])\nend\n");
        Path script = Files.createTempFile("moomoo-bench-api", ".lua");
        Files.writeString(script, lua);
        return script;
    }

    private static Run wrk(Process server, String url, Path script, int connections, int runSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "--latency",
                "-t",
                String.valueOf(WRK_THREADS),
                "-c",
                String.valueOf(connections),
                "-d",
                runSeconds + "s",
                "--timeout",
                "10s"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        double cpuBefore = cpuSeconds(server);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        double cpu = cpuSeconds(server) - cpuBefore;
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        String errors = "";
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += non2xx.group(1) + " non-2xx ";
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            errors += "socket errors:" + socket.group(1).strip();
        }
        Matcher rate = REQUESTS_PER_SECOND.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's output: " + output);
        }
        Matcher requests = REQUESTS.matcher(output);
        double cpuMs = requests.find() ? cpu * 1000 / Long.parseLong(requests.group(1)) : Double.NaN;
        return new Run(
                Double.parseDouble(rate.group(1)),
                percentile(output, "50%"),
                percentile(output, "99%"),
                cpuMs,
                errors.isEmpty() ? "none" : errors.strip());
    }

    // User plus system time of the process, fields 14 and 15 of /proc/PID/stat; NaN off Linux.
    private static double cpuSeconds(Process process) throws IOException {
        Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
        if (!Files.isReadable(stat)) {
            return Double.NaN;
        }
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static String percentile(String output, String label) {
        Matcher line = Pattern.compile("^\\s*" + Pattern.quote(label) + "\\s+(\\S+)", Pattern.MULTILINE)
                .matcher(output);
        return line.find() ? line.group(1) : "?";
    }

    private static void print(PrintWriter out, String route, int connections, Run run) {
        out.printf(
                Locale.ROOT,
                "%-34s %5d %10.0f %10s %10s %9.2f ms  %s%n",
                route,
                connections,
                run.requestsPerSecond(),
                run.p50(),
                run.p99(),
                run.serverCpuMs(),
                run.errors());
        out.flush();
    }

    private static String residentMegabytes(Process process) throws IOException {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        if (!Files.isReadable(status)) {
            return "unknown";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.valueOf(kilobytes / 1024);
            }
        }
        return "unknown";
    }
}
