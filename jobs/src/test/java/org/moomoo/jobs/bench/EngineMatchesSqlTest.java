package org.moomoo.jobs.bench;

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
import org.moomoo.jobs.testing.JobTest;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.SimilarityEngine;
import org.moomoo.playlist.similarity.StreamRequest;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The in-memory engine against the original's SQL query on the database, over a small generated
 * library: the same files in the same order, with distances equal up to pgvector's float32 sums.
 */
@JobTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineMatchesSqlTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    CurrentSnapshot snapshot;

    private GeneratedMusicLibrary library;
    private final Random random = new Random(3);

    @BeforeAll
    void generate() throws Exception {
        library = new GeneratedMusicLibrary(2000, 100, 5);
        library.write(dataSource);
    }

    private List<Track> drain(Iterator<Track> tracks) {
        List<Track> all = new ArrayList<>();
        tracks.forEachRemaining(all::add);
        return all;
    }

    private void assertSameStream(List<String> seeds, List<Double> weights) {
        CfScoresTable.create(jdbc, seeds);
        StreamRequest request = new StreamRequest(seeds, weights, null, 500);

        List<Track> engine = drain(new SimilarityEngine(snapshot).open(request));
        List<Track> sql = drain(new BruteForceSqlStream(jdbc, 0.5).open(request));

        assertThat(engine).hasSize(500);
        assertThat(StreamComparison.of(engine, sql, 1e-5).difference()).isNull();
    }

    private List<String> somePaths(int count) {
        List<String> paths = new ArrayList<>(library.paths());
        Collections.shuffle(paths, random);
        return paths.subList(0, count);
    }

    @Test
    void oneSeed() {
        assertSameStream(somePaths(1), null);
    }

    @Test
    void anAlbumOfSeeds() {
        String album = library.albumFolders().get(17);
        assertSameStream(library.paths().stream().filter(path -> path.startsWith(album + "/")).toList(), null);
    }

    @Test
    void manySeedsOfManyArtists() {
        assertSameStream(somePaths(60), null);
    }

    @Test
    void weightedSeedsWithZeros() {
        List<String> seeds = somePaths(12);
        List<Double> weights = Stream.iterate(0, i -> i + 1).limit(12).map(i -> (double) (i % 3)).toList();
        assertSameStream(seeds, weights);
    }
}
