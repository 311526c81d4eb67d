package org.moomoo.benchmarks.playlist;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.moomoo.benchmarks.Machine;
import org.moomoo.jobs.faststart.ScratchDatabase;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.progress.ProgressLine;
import org.moomoo.playlist.generator.FromFilesGenerator;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.NoFilesRequestedException;
import org.moomoo.playlist.generator.TrackOptions;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import org.moomoo.playlist.similarity.Selector;
import org.moomoo.playlist.similarity.SimilarityEngine;
import org.moomoo.playlist.similarity.StreamRequest;
import org.moomoo.playlist.track.Track;
import org.moomoo.testsupport.library.GeneratedMusicLibrary;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench playlist}: latency of a from-files playlist (n = 20, one seed shown, two per
 * artist) over a generated library, for 1 seed (a file), 10 seeds (an album folder) and 100 seeds
 * (a sample of a genre folder), served by the in-memory engine and by the original's brute-force SQL
 * query, and whether both give the same 2,000-row stream and the same playlist.
 */
@Command(
        name = "playlist",
        mixinStandardHelpOptions = true,
        description = "From-files playlist latency: in-memory engine beside the original's SQL query.")
public final class PlaylistBenchmark implements Callable<Integer> {

    private static final int LENGTH = 20;
    private static final int PER_ARTIST = 2;
    /** Distances of the two answers may differ by float32 rounding in pgvector, nothing more. */
    private static final double TOLERANCE = 1e-5;

    @Option(names = "--tracks", defaultValue = "100000", description = "library size (default ${DEFAULT-VALUE})")
    int tracks;

    @Option(names = "--artists", defaultValue = "5000", description = "artists (default ${DEFAULT-VALUE})")
    int artists;

    @Option(
            names = "--requests",
            defaultValue = "50",
            description = "engine requests per seed count, each timed 3 times (default ${DEFAULT-VALUE})")
    int requests;

    @Option(
            names = "--sql-requests",
            defaultValue = "5",
            description = "SQL requests per seed count (default ${DEFAULT-VALUE}); each takes seconds")
    int sqlRequests;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One request: the folder or file asked for and the seed paths it resolved to. */
    private record Request(String path, List<String> seeds) {}

    @Override
    public Integer call() throws SQLException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ScratchDatabase scratch = new ScratchDatabase()) {
            JdbcClient jdbc = scratch.bean(JdbcClient.class);
            long started = System.nanoTime();
            GeneratedMusicLibrary library = new GeneratedMusicLibrary(tracks, artists, 42);
            library.write(scratch.bean(javax.sql.DataSource.class));
            out.printf(
                    Locale.ROOT,
                    "generated %s tracks by %s artists (%s with CF factors), %d-d vectors, in %s%n",
                    ProgressLine.count(tracks),
                    ProgressLine.count(artists),
                    ProgressLine.count(artists - artists / 10),
                    GeneratedMusicLibrary.DIMENSION,
                    since(started));
            out.flush();

            CurrentSnapshot current = scratch.bean(CurrentSnapshot.class);
            System.gc();
            long heapBefore = usedHeap();
            started = System.nanoTime();
            LibrarySnapshot snapshot = current.refresh();
            String loadTime = since(started);
            System.gc();
            out.printf(
                    Locale.ROOT,
                    "engine snapshot loaded in %s: %s embedded files, about %s MB of heap%n",
                    loadTime,
                    ProgressLine.count(snapshot.size()),
                    (usedHeap() - heapBefore) >> 20);
            out.flush();

            Generators generators = scratch.bean(Generators.class);
            Random random = new Random(7);
            Selector engine = new Selector(new SimilarityEngine(current));
            RecordedStream sqlStream =
                    new RecordedStream(new BruteForceSqlStream(jdbc, snapshot.nearDuplicateDistance()));
            Selector sql = new Selector(sqlStream);

            List<List<Request>> bySeedCount = List.of(
                    requests(generators, sample(library.paths(), requests, random)),
                    requests(generators, sample(library.albumFolders(), requests, random)),
                    requests(generators, sample(library.genreFolders(), requests, random)));
            CfScoresTable.create(
                    jdbc,
                    bySeedCount.stream()
                            .flatMap(list -> list.subList(0, Math.min(sqlRequests, list.size())).stream())
                            .flatMap(request -> request.seeds().stream())
                            .toList());

            out.printf(
                    Locale.ROOT,
                    "%n%-6s %-26s %-26s %-22s %-9s %s%n",
                    "seeds",
                    "engine p50 / p99 (ms)",
                    "whole request p50 / p99",
                    "SQL p50 / p99 (ms)",
                    "speed-up",
                    "same answer");
            for (List<Request> list : bySeedCount) {
                int seedCount = list.get(0).seeds().size();
                List<Double> engineTimes = new ArrayList<>();
                List<Double> wholeTimes = new ArrayList<>();
                for (int pass = 0; pass < 4; pass++) {
                    for (Request request : list) {
                        double ms = time(() -> engine.select(request.seeds(), LENGTH - 1, PER_ARTIST, null, null));
                        double whole = time(() -> whole(generators, request.path()));
                        // The first pass warms the JIT and is not counted.
                        if (pass > 0) {
                            engineTimes.add(ms);
                            wholeTimes.add(whole);
                        }
                    }
                }
                List<Double> sqlTimes = new ArrayList<>();
                int matching = 0;
                int compared = 0;
                int nearTies = 0;
                List<String> problems = new ArrayList<>();
                // One untimed query first, so that every timed one finds the table in the page cache.
                sql.select(list.get(0).seeds(), LENGTH - 1, PER_ARTIST, null, null);
                for (Request request : list.subList(0, Math.min(sqlRequests, list.size()))) {
                    List<Track> sqlPlaylist = new ArrayList<>();
                    sqlTimes.add(time(
                            () -> sqlPlaylist.addAll(sql.select(request.seeds(), LENGTH - 1, PER_ARTIST, null, null))));
                    StreamComparison comparison = StreamComparison.of(
                            drain(new SimilarityEngine(current).open(StreamRequest.of(request.seeds()))),
                            sqlStream.last(),
                            TOLERANCE);
                    List<Track> enginePlaylist = engine.select(request.seeds(), LENGTH - 1, PER_ARTIST, null, null);
                    compared++;
                    nearTies += comparison.nearTies();
                    if (comparison.difference() != null) {
                        problems.add(request.path() + ": " + comparison.difference());
                    } else if (!paths(enginePlaylist).equals(paths(sqlPlaylist))) {
                        problems.add(request.path() + ": playlists " + paths(enginePlaylist) + " against "
                                + paths(sqlPlaylist));
                    } else {
                        matching++;
                    }
                }
                double engineMedian = percentile(engineTimes, 50);
                double sqlMedian = percentile(sqlTimes, 50);
                out.printf(
                        Locale.ROOT,
                        "%-6d %-26s %-26s %-22s %-9s %d of %d%s%n",
                        seedCount,
                        pair(engineMedian, percentile(engineTimes, 99)),
                        pair(percentile(wholeTimes, 50), percentile(wholeTimes, 99)),
                        pair(sqlMedian, percentile(sqlTimes, 99)),
                        String.format(Locale.ROOT, "%.0fx", sqlMedian / engineMedian),
                        matching,
                        compared,
                        nearTies == 0 ? "" : " (" + nearTies + " near-tied rows ordered apart by float32 rounding)");
                problems.forEach(problem -> out.println("  differs: " + problem));
                out.flush();
            }
            out.printf(
                    Locale.ROOT,
                    "%nengine: %d requests x 3 timed passes per row (after one warm-up pass); "
                            + "whole request adds listing the sources and sampling them; SQL: %d requests per row, "
                            + "p99 of so few is their maximum.%n",
                    requests,
                    sqlRequests);
            out.println("same answer: the 2,000-row streams hold the same files in the same order with distances "
                    + "within " + TOLERANCE + " (pgvector sums squares in float32; rows closer than that may trade "
                    + "places) and the selected playlists are equal.");
            out.println(Machine.describe());
            out.flush();
            return ExitCodes.COMPLETED;
        }
    }

    private static List<Request> requests(Generators generators, List<String> paths) {
        List<Request> requests = new ArrayList<>();
        for (String path : paths) {
            FromFilesGenerator generator = (FromFilesGenerator) generators.fromFiles(List.of(path), null);
            requests.add(new Request(
                    path, generator.sources().stream().map(Track::filepath).toList()));
        }
        return requests;
    }

    private static List<Track> whole(Generators generators, String path) {
        try {
            return generators.fromFiles(List.of(path), null).tracks(new TrackOptions(LENGTH, PER_ARTIST, true, 1, 0));
        } catch (NoFilesRequestedException e) {
            throw new IllegalStateException("the generated path " + path + " lists no file", e);
        }
    }

    private static List<String> paths(List<Track> tracks) {
        return tracks.stream().map(Track::filepath).toList();
    }

    private static List<Track> drain(Iterator<Track> tracks) {
        List<Track> all = new ArrayList<>();
        tracks.forEachRemaining(all::add);
        return all;
    }

    private static <T> List<T> sample(List<T> items, int count, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private static double time(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return (System.nanoTime() - started) / 1e6;
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String pair(double median, double p99) {
        return String.format(Locale.ROOT, "%.1f / %.1f", median, p99);
    }

    private static String since(long started) {
        return ProgressLine.duration(java.time.Duration.ofNanos(System.nanoTime() - started));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
