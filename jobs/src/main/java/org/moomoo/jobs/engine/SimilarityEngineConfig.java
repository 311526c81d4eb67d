package org.moomoo.jobs.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.generator.DatabaseGenerators;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.ListeningHistory;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.SnapshotLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The similarity engine of the jobs application: the in-memory library snapshot (checked for a
 * newer model build at most every five seconds), the engine over it, the listening history, and
 * the {@link Generators} that the collection jobs and {@code moomoo playlist} make playlists with.
 */
@Configuration(proxyBeanMethods = false)
public class SimilarityEngineConfig {

    /** How often a reader may trigger the cheap check for a newer published model build. */
    static final Duration REFRESH_CHECK_INTERVAL = Duration.ofSeconds(5);

    @Bean
    AnalyticsSchema analyticsSchema(@Value("${moomoo.models.schema:analytics}") String schema) {
        return new AnalyticsSchema(schema);
    }

    @Bean
    RebuildRetry rebuildRetry() {
        return RebuildRetry.sleeping();
    }

    /**
     * Every random choice of the generators (samples of paths and seeds, shuffles). Set
     * {@code moomoo.playlist.random-seed} to make playlists reproducible.
     */
    @Bean
    RandomGenerator playlistRandom(@Value("${moomoo.playlist.random-seed:#{null}}") Long seed) {
        return seed == null ? new Random() : new Random(seed);
    }

    @Bean
    CurrentSnapshot currentSnapshot(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry, Clock clock) {
        return CurrentSnapshot.refreshedInBackground(
                new SnapshotLoader(jdbc, schema, retry), clock, REFRESH_CHECK_INTERVAL);
    }

    @Bean
    ListeningHistory listeningHistory(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        return new ListeningHistory(jdbc, schema, retry);
    }

    @Bean
    Generators generators(
            JdbcClient jdbc,
            AnalyticsSchema schema,
            RebuildRetry retry,
            CurrentSnapshot snapshot,
            ListeningHistory history,
            RandomGenerator playlistRandom) {
        return DatabaseGenerators.over(snapshot, jdbc, schema, retry, history, playlistRandom);
    }
}
