package org.moomoo.playlist.generator;

import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.Selector;
import org.moomoo.playlist.similarity.SimilarityEngine;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link Generators} over the analytic tables and a similarity stream. */
public final class DatabaseGenerators implements Generators {

    private final SourceTracks sourceTracks;
    private final MbidFiles mbidFiles;
    private final TrackPipeline pipeline;
    private final RandomGenerator random;

    public DatabaseGenerators(
            SourceTracks sourceTracks, MbidFiles mbidFiles, TrackPipeline pipeline, RandomGenerator random) {
        this.sourceTracks = sourceTracks;
        this.mbidFiles = mbidFiles;
        this.pipeline = pipeline;
        this.random = random;
    }

    /**
     * The generators as the applications wire them: the engine and selector over the library in
     * memory, source tracks from it, MBID lookups and listening history from the analytic tables.
     */
    public static DatabaseGenerators over(
            CurrentSnapshot snapshot,
            JdbcClient jdbc,
            AnalyticsSchema schema,
            RebuildRetry retry,
            ListeningHistory history,
            RandomGenerator random) {
        TrackPipeline pipeline = new TrackPipeline(new Selector(new SimilarityEngine(snapshot)), history, random);
        return new DatabaseGenerators(
                new SourceTracks(snapshot), new JdbcMbidFiles(jdbc, schema, retry), pipeline, random);
    }

    @Override
    public DatabaseGenerators drawingFrom(RandomGenerator newRandom) {
        return new DatabaseGenerators(sourceTracks, mbidFiles, pipeline.drawingFrom(newRandom), newRandom);
    }

    @Override
    public FromFilesGenerator fromFiles(List<String> paths, String username) {
        return new FromFilesGenerator(paths, username, sourceTracks, pipeline, random);
    }

    @Override
    public FromMbidsGenerator fromMbids(List<UUID> mbids, String username) {
        return new FromMbidsGenerator(mbids, username, mbidFiles, sourceTracks, pipeline, random);
    }
}
