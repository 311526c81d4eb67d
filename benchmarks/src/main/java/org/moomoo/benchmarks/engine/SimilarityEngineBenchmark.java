package org.moomoo.benchmarks.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import org.moomoo.playlist.similarity.Selector;
import org.moomoo.playlist.similarity.SimilarityEngine;
import org.moomoo.playlist.similarity.StreamRequest;
import org.moomoo.playlist.track.Track;
import org.moomoo.testsupport.library.GeneratedMusicLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The similarity engine's hot path on an in-memory snapshot of a generated library ({@code tracks}
 * files by {@code tracks / 20} artists, as {@code bench playlist} generates it), for requests of
 * {@code seeds} seeds: one file, or the first files of an album folder. {@link #playlist} selects a
 * from-files playlist as {@code bench playlist} times it (19 tracks besides the seed, two per
 * artist); {@link #stream} reads a whole 2,000-row stream. Each call takes the next of 64 requests
 * drawn from a fixed seed, so that no single request's luck decides the figure.
 *
 * <p>Run with {@code ./moomoo bench engine}, or
 * {@code java -cp benchmarks/target/moomoo-benchmarks.jar org.openjdk.jmh.Main SimilarityEngineBenchmark}
 * for every JMH option.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimilarityEngineBenchmark {

    private static final int REQUESTS = 64;

    @Param("100000")
    int tracks;

    @Param({"1", "10"})
    int seeds;

    private SimilarityEngine engine;
    private Selector selector;
    private final List<List<String>> requests = new ArrayList<>();
    private int next;

    @Setup
    public void generate() {
        GeneratedMusicLibrary library = new GeneratedMusicLibrary(tracks, tracks / 20, 42);
        LibrarySnapshot snapshot = GeneratedSnapshot.of(library);
        engine = new SimilarityEngine(() -> snapshot);
        selector = new Selector(engine);
        Random random = new Random(7);
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(seeds(library, random));
        }
    }

    @Benchmark
    public List<Track> playlist() {
        return selector.select(nextSeeds(), 19, 2, null, null);
    }

    @Benchmark
    public void stream(Blackhole sink) {
        Iterator<Track> rows = engine.open(StreamRequest.of(nextSeeds()));
        while (rows.hasNext()) {
            sink.consume(rows.next());
        }
    }

    private List<String> nextSeeds() {
        next = (next + 1) % REQUESTS;
        return requests.get(next);
    }

    private List<String> seeds(GeneratedMusicLibrary library, Random random) {
        if (seeds == 1) {
            return List.of(library.paths().get(random.nextInt(library.paths().size())));
        }
        String album =
                library.albumFolders().get(random.nextInt(library.albumFolders().size())) + "/";
        List<String> files = library.paths().stream()
                .filter(path -> path.startsWith(album))
                .limit(seeds)
                .toList();
        if (files.size() < seeds) {
            throw new IllegalArgumentException(
                    "an album holds " + files.size() + " files, fewer than " + seeds + " seeds");
        }
        return files;
    }
}
