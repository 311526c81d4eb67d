package org.moomoo.benchmarks.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import org.moomoo.playlist.similarity.SimilarityEngine;
import org.moomoo.playlist.similarity.SnapshotLoader;
import org.moomoo.playlist.similarity.StreamRequest;
import org.moomoo.playlist.track.Track;
import org.moomoo.testsupport.FreshDatabase;
import org.moomoo.testsupport.library.GeneratedMusicLibrary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The in-memory engine against the benchmark's yardstick, the original's SQL query on the database,
 * over a small generated library: the same files in the same order, with distances equal up to
 * pgvector's float32 sums. Each test draws its seeds from a generator of its own seed, so that a
 * failure replays alone.
 */
@FreshDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineMatchesSqlTest {

    private static final long LIBRARY_SEED = 5;

    private GeneratedMusicLibrary library;
    private JdbcClient jdbc;
    private LibrarySnapshot snapshot;

    @BeforeAll
    void generate(DataSource dataSource, JdbcClient jdbc) throws Exception {
        this.jdbc = jdbc;
        library = new GeneratedMusicLibrary(2000, 100, LIBRARY_SEED);
        library.write(dataSource);
        snapshot = new SnapshotLoader(jdbc, new AnalyticsSchema("analytics"), RebuildRetry.sleeping()).load();
    }

    private List<Track> drain(Iterator<Track> tracks) {
        List<Track> all = new ArrayList<>();
        tracks.forEachRemaining(all::add);
        return all;
    }

    private void assertSameStream(List<String> seeds, List<Double> weights) {
        CfScoresTable.create(jdbc, seeds);
        StreamRequest request = new StreamRequest(seeds, weights, null, 500);

        List<Track> engine = drain(new SimilarityEngine(() -> snapshot).open(request));
        List<Track> sql = drain(new BruteForceSqlStream(jdbc, 0.5).open(request));

        assertThat(engine).hasSize(500);
        assertThat(StreamComparison.of(engine, sql, 1e-5).difference())
                .as("seeds %s", seeds)
                .isNull();
    }

    private List<String> somePaths(int count, long seed) {
        List<String> paths = new ArrayList<>(library.paths());
        Collections.shuffle(paths, new Random(seed));
        return paths.subList(0, count);
    }

    @Test
    void oneSeed() {
        assertSameStream(somePaths(1, 3), null);
    }

    @Test
    void anAlbumOfSeeds() {
        String album = library.albumFolders().get(17);
        assertSameStream(
                library.paths().stream()
                        .filter(path -> path.startsWith(album + "/"))
                        .toList(),
                null);
    }

    @Test
    void manySeedsOfManyArtists() {
        assertSameStream(somePaths(60, 4), null);
    }

    @Test
    void weightedSeedsWithZeros() {
        List<String> seeds = somePaths(12, 6);
        List<Double> weights = Stream.iterate(0, i -> i + 1)
                .limit(12)
                .map(i -> (double) (i % 3))
                .toList();
        assertSameStream(seeds, weights);
    }
}
