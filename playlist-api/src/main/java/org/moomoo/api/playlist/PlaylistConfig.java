package org.moomoo.api.playlist;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.generator.DatabaseGenerators;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.ListeningHistory;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.SnapshotLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The playlist domain as the server uses it: the library snapshot in memory (checked for a newer
 * published model build at most every {@code moomoo.playlist.refresh-check-interval}, reloaded
 * beside the one in service), the generators over it, and the stored collections, read in one
 * read-only transaction and kept rendered until they are replaced.
 */
@Configuration(proxyBeanMethods = false)
class PlaylistConfig {

    private static final Logger log = LoggerFactory.getLogger(PlaylistConfig.class);

    @Bean
    AnalyticsSchema analyticsSchema(@Value("${moomoo.models.schema:analytics}") String schema) {
        return new AnalyticsSchema(schema);
    }

    @Bean
    RebuildRetry rebuildRetry() {
        return RebuildRetry.sleeping();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The random choices of the generators. Shared by every request thread, so by default the
     * thread-local generator; {@code moomoo.playlist.random-seed} makes playlists reproducible.
     */
    @Bean
    RandomGenerator playlistRandom(@Value("${moomoo.playlist.random-seed:#{null}}") Long seed) {
        return seed == null ? ThreadLocalRandom.current() : new Random(seed);
    }

    @Bean
    LoadedSnapshots loadedSnapshots(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry, Clock clock) {
        return new LoadedSnapshots(new SnapshotLoader(jdbc, schema, retry), clock);
    }

    @Bean
    CurrentSnapshot currentSnapshot(
            LoadedSnapshots source,
            Clock clock,
            @Value("${moomoo.playlist.refresh-check-interval:5s}") Duration checkInterval) {
        return CurrentSnapshot.refreshedInBackground(source, clock, checkInterval);
    }

    /** Loads the library when the server starts, so that the first request does not wait for it. */
    @Bean
    ApplicationRunner loadLibrary(
            CurrentSnapshot snapshot, @Value("${moomoo.playlist.load-at-start:true}") boolean load) {
        return arguments -> {
            if (!load) {
                return;
            }
            Thread loader = new Thread(
                    () -> {
                        try {
                            snapshot.get();
                        } catch (RuntimeException e) {
                            log.warn(
                                    "the playlist library is not loaded yet ({}); from-files and from-mbids load it on "
                                            + "their next request",
                                    e.getMessage());
                        }
                    },
                    "playlist-library-load");
            loader.setDaemon(true);
            loader.start();
        };
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

    /**
     * Each collection request reads in one transaction, read-only and repeatable-read as the whole
     * pool is (application.properties): a collection replaced meanwhile is seen whole or not at all.
     */
    @Bean
    TransactionTemplate readOnlyTransaction(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    CollectionStore collectionStore(JdbcClient jdbc, TransactionTemplate readOnlyTransaction, Clock clock) {
        return new CollectionStore(jdbc, readOnlyTransaction, clock);
    }

    /**
     * The collection bodies in memory: a replaced collection is served fresh at most
     * {@code moomoo.api.collection-check-interval} after the replace (README, HTTP API).
     */
    @Bean
    CollectionResponses collectionResponses(
            CollectionStore store,
            TransactionTemplate readOnlyTransaction,
            Clock clock,
            @Value("${moomoo.api.collection-check-interval}") Duration checkInterval) {
        return new CollectionResponses(store, readOnlyTransaction, clock, checkInterval);
    }
}
