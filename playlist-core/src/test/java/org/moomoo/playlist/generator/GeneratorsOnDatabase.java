package org.moomoo.playlist.generator;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.Selector;
import org.moomoo.playlist.similarity.SimilarityEngine;
import org.moomoo.playlist.similarity.SnapshotLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generators wired as the applications wire them, over a test's database with the published
 * models' tables: the snapshot is loaded by {@code snapshot.refresh()}, reads never pause, and
 * random choices come from a fixed seed.
 */
final class GeneratorsOnDatabase {

    final CurrentSnapshot snapshot;
    final ListeningHistory history;
    final JdbcMbidFiles mbidFiles;
    final DatabaseGenerators generators;

    GeneratorsOnDatabase(JdbcClient jdbc) {
        AnalyticsSchema schema = new AnalyticsSchema("analytics");
        RebuildRetry retry = new RebuildRetry(duration -> {});
        snapshot = new CurrentSnapshot(
                new SnapshotLoader(jdbc, schema, retry), Clock.systemUTC(), Duration.ofSeconds(5), Runnable::run);
        history = new ListeningHistory(jdbc, schema, retry);
        mbidFiles = new JdbcMbidFiles(jdbc, schema, retry);
        Random random = new Random(1);
        generators = new DatabaseGenerators(
                new SourceTracks(snapshot),
                mbidFiles,
                new TrackPipeline(new Selector(new SimilarityEngine(snapshot)), history, random),
                random);
    }
}
