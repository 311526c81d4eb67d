package org.moomoo.benchmarks.path;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import org.moomoo.playlist.similarity.SongPath;
import org.moomoo.playlist.similarity.SongPathException;
import org.moomoo.testsupport.library.GeneratedMusicLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench path}: latency of song paths between random pairs of files of a generated
 * library (100,000 tracks by default), first in the engine (the snapshot loaded from a scratch
 * database, one request after another on this thread, with the thread's CPU time per request),
 * then through the HTTP API (the server's jar started on the same database, one client sending
 * {@code /playlist/path} requests one after another, with the server's CPU time per request).
 * Each row prints p50 / p99 / max in milliseconds; the target is a p99 under 50 ms at n = 20.
 */
@Command(
        name = "path",
        mixinStandardHelpOptions = true,
        description = "Song-path latency over a large library: in the engine and through the HTTP API.")
public final class SongPathBenchmark implements Callable<Integer> {

    private static final int PER_ARTIST = 2;
    // The kernel's USER_HZ, the unit of /proc times.
    private static final double TICKS_PER_SECOND = 100;

    @Option(names = "--tracks", defaultValue = "100000", description = "library size (default ${DEFAULT-VALUE})")
    int tracks;

    @Option(names = "--artists", defaultValue = "5000", description = "artists (default ${DEFAULT-VALUE})")
    int artists;

    @Option(
            names = "--requests",
            defaultValue = "1000",
            description = "timed requests per row (default ${DEFAULT-VALUE}), after as many untimed")
    int requests;

    @Option(
            names = "--lengths",
            defaultValue = "20,100",
            split = ",",
            description = "path lengths n, one row each (default ${DEFAULT-VALUE})")
    List<Integer> lengths;

    @Option(
            names = "--jar",
            defaultValue = "${env:MOOMOO_API_JAR:-playlist-api/target/moomoo-playlist-api.jar}",
            description = "the server's jar (default ${DEFAULT-VALUE}); none to skip the HTTP rows")
    Path jar;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Milliseconds of each timed request and the CPU time they took in all. */
    private record Timings(double[] ms, double cpuMs) {}

    @Override
    public Integer call() throws SQLException, IOException, InterruptedException, SongPathException {
        PrintWriter out = spec.commandLine().getOut();
        if (lengths.stream().anyMatch(n -> n < 2)) {
            out.println("moomoo: every --lengths value must be 2 or more, got " + lengths);
            return ExitCodes.USAGE;
        }
        boolean http = Files.isRegularFile(jar);
        if (!http) {
            out.println("moomoo: no server jar at " + jar + "; only the engine is measured (./moomoo bench path"
                    + " builds it)");
        }
        String load = Machine.loadAverage();
        try (ScratchDatabase scratch = new ScratchDatabase()) {
            GeneratedMusicLibrary library = new GeneratedMusicLibrary(tracks, artists, 42);
            library.write(scratch.bean(DataSource.class));
            CurrentSnapshot current = scratch.bean(CurrentSnapshot.class);
            LibrarySnapshot snapshot = current.refresh();
            out.printf(
                    Locale.ROOT,
                    "generated %s tracks by %s artists, %d-d vectors; engine snapshot of %s embedded files%n%n",
                    ProgressLine.count(tracks),
                    ProgressLine.count(artists),
                    GeneratedMusicLibrary.DIMENSION,
                    ProgressLine.count(snapshot.size()));
            out.printf(Locale.ROOT, "%-34s %6s %9s %9s %9s %14s%n", "path", "n", "p50", "p99", "max", "CPU/request");
            out.flush();
            List<String[]> pairs = pairs(library.paths(), 2 * requests, new Random(17));
            SongPath songPath = new SongPath(current);
            for (int n : lengths) {
                engine(songPath, pairs.subList(0, requests), n);
                print(out, "engine, " + ProgressLine.count(tracks) + " tracks", n, engine(songPath, pairs, n));
            }
            if (http) {
                int port = ApiServer.freePort();
                Process server = ApiServer.start(jar, scratch.uri(), port, Map.of());
                try {
                    String base = "http://127.0.0.1:" + port;
                    waitForLibrary(base, pairs.get(0), server);
                    for (int n : lengths) {
                        overHttp(base, server, pairs.subList(0, requests), n);
                        print(out, "HTTP /playlist/path, 1 client", n, overHttp(base, server, pairs, n));
                    }
                } finally {
                    server.destroy();
                    server.waitFor();
                }
            }
        }
        out.printf(
                Locale.ROOT,
                "%n%d timed requests per row (random pairs of files, %d per artist between the ends) after %d untimed;"
                        + " CPU: this thread's for the engine, the server process's for HTTP; target p99 < 50 ms at"
                        + " n = 20%nload average at start %s, at end %s%n",
                requests,
                PER_ARTIST,
                requests,
                load,
                Machine.loadAverage());
        out.println(Machine.describe());
        out.flush();
        return ExitCodes.COMPLETED;
    }

    /** Times the last {@link #requests} pairs (the first ones, when given only as many, warm the JIT). */
    private Timings engine(SongPath songPath, List<String[]> pairs, int n) throws SongPathException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String[]> timed = pairs.subList(pairs.size() - Math.min(requests, pairs.size()), pairs.size());
        double[] ms = new double[timed.size()];
        long cpuBefore = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < timed.size(); i++) {
            long started = System.nanoTime();
            int found = songPath.between(timed.get(i)[0], timed.get(i)[1], n, PER_ARTIST)
                    .size();
            ms[i] = (System.nanoTime() - started) / 1e6;
            if (found < 2) {
                throw new IllegalStateException("a path without its ends: " + Arrays.toString(timed.get(i)));
            }
        }
        return new Timings(ms, (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / timed.size());
    }

    private Timings overHttp(String base, Process server, List<String[]> pairs, int n)
            throws IOException, InterruptedException {
        List<String[]> timed = pairs.subList(pairs.size() - Math.min(requests, pairs.size()), pairs.size());
        double[] ms = new double[timed.size()];
        double cpuBefore = cpuSeconds(server);
        for (int i = 0; i < timed.size(); i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = get(url(base, timed.get(i), n));
            ms[i] = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "/playlist/path answered " + response.statusCode() + ": " + response.body());
            }
        }
        return new Timings(ms, (cpuSeconds(server) - cpuBefore) * 1000 / timed.size());
    }

    private static String url(String base, String[] pair, int n) {
        return base + "/playlist/path?n=" + n + "&from=" + URLEncoder.encode(pair[0], StandardCharsets.UTF_8) + "&to="
                + URLEncoder.encode(pair[1], StandardCharsets.UTF_8);
    }

    private static List<String[]> pairs(List<String> paths, int count, Random random) {
        List<String[]> pairs = new ArrayList<>();
        while (pairs.size() < count) {
            String from = paths.get(random.nextInt(paths.size()));
            String to = paths.get(random.nextInt(paths.size()));
            if (!from.equals(to)) {
                pairs.add(new String[] {from, to});
            }
        }
        return pairs;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // The route answers 503 until the server has loaded the library (it loads it at start).
    private void waitForLibrary(String base, String[] pair, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue());
            }
            try {
                if (get(url(base, pair, 2)).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not load the library within 15 minutes");
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

    private static void print(PrintWriter out, String what, int n, Timings timings) {
        double[] sorted = timings.ms().clone();
        Arrays.sort(sorted);
        out.printf(
                Locale.ROOT,
                "%-34s %6d %6.2f ms %6.2f ms %6.2f ms %11.2f ms%n",
                what,
                n,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted[sorted.length - 1],
                timings.cpuMs());
        out.flush();
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
