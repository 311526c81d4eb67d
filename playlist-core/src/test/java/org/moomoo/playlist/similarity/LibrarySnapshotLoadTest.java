package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.models.testing.AnalyticSchema;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.generator.ListeningHistory;
import org.moomoo.playlist.track.Track;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading the engine's in-memory library from the models, and replacing it when a build is published. */
class LibrarySnapshotLoadTest {

    @RegisterExtension
    static final FreshDatabaseExtension DATABASE = new FreshDatabaseExtension(AnalyticSchema.RECIPE);

    private JdbcClient jdbc;
    private AnalyticRows tables;
    private SnapshotLoader loader;

    @BeforeEach
    void emptyTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
        tables = new AnalyticRows(jdbc).clear();
        jdbc.sql("TRUNCATE raw.conditioner_models, raw.local_music_embeddings").update();
        loader = new SnapshotLoader(jdbc, new AnalyticsSchema("analytics"), new RebuildRetry(duration -> {}));
    }

    /** A refresh that runs at once on the reader's thread, checked on every read. */
    private CurrentSnapshot checkedOnEveryRead() {
        return new CurrentSnapshot(loader, Clock.systemUTC(), Duration.ZERO, Runnable::run);
    }

    @Test
    void embedsOnlyFilesScoredFromAtLeastSixtySeconds() {
        tables.embeddedFile("long", UUID.randomUUID(), null, 60, 1, 1)
                .embeddedFile("short", UUID.randomUUID(), null, 59.9, 1, 1)
                .unembeddedFile("never", 180.5);

        LibrarySnapshot snapshot = loader.load();

        assertThat(snapshot.size()).isEqualTo(1);
        assertThat(snapshot.row(0).filepath()).isEqualTo("long");
        assertThat(snapshot.files().size()).isEqualTo(3);
    }

    @Test
    void keepsTheTagLengthOfEachFile() {
        tables.embeddedFile("a", UUID.randomUUID(), 1, 1);

        assertThat(loader.load().row(0).trackLengthSeconds()).isEqualTo(200.9f);
    }

    @Test
    void streamsWithTheArtistsFactors() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        tables.embeddedFile("seed", a, 0, 0)
                .embeddedFile("near", b, 3, 4)
                .factors(a, 1, 0, 0)
                .factors(b, 2, 0, 0);

        Track track = new SimilarityEngine(loader::load)
                .open(StreamRequest.of(List.of("seed")))
                .next();

        assertThat(track.matchDistance()).isCloseTo(5 / CfMultiplier.of(1.0), within(1e-9));
    }

    @Test
    void withoutFactorsEveryPairIsNeutral() {
        tables.hide("analytics.artist_factors");
        tables.embeddedFile("seed", UUID.randomUUID(), 0, 0).embeddedFile("near", UUID.randomUUID(), 3, 4);

        Track track = new SimilarityEngine(loader::load)
                .open(StreamRequest.of(List.of("seed")))
                .next();

        assertThat(track.matchDistance()).isEqualTo(5.0);
    }

    @Test
    void theNearDuplicateDistanceIsOneHalfWithoutAConditioner() {
        assertThat(loader.load().nearDuplicateDistance()).isEqualTo(0.5);
    }

    @Test
    void theNearDuplicateDistanceComesFromTheConditionerOfMostVectors() {
        conditioner("mert", "m1", 0.5, 1);
        conditioner("sonic", "s1", 0.08, 3);

        assertThat(loader.load().nearDuplicateDistance()).isEqualTo(0.08);
    }

    private void conditioner(String embedder, String hash, double nearDuplicate, int vectors) {
        jdbc.sql("""
                INSERT INTO raw.conditioner_models (model_hash, name, embedder, input_dimension, components, means,
                  scales, projection, fitted_rows, explained_variance, near_duplicate_distance, is_current)
                VALUES (:hash, 'pca', :embedder, 1, 1, '{0}', '{1}', '{1}', 1, '{1}', :distance, true)
                """)
                .param("hash", hash)
                .param("embedder", embedder)
                .param("distance", nearDuplicate)
                .update();
        for (int i = 0; i < vectors; i++) {
            jdbc.sql("""
                    INSERT INTO raw.local_music_embeddings (filepath, embedder, success, conditioner_hash)
                    VALUES (:path, :embedder, true, :hash)
                    """)
                    .param("path", hash + "/" + i)
                    .param("embedder", embedder)
                    .param("hash", hash)
                    .update();
        }
    }

    @Test
    void noPublishedBuildIsBuildZero() {
        tables.hide(AnalyticRows.PUBLISHED_BUILDS);

        assertThat(loader.publishedBuild()).isZero();
    }

    @Test
    void aNewBuildIsServedFromTheReadAfterTheOneThatNoticedIt() {
        tables.embeddedFile("a", UUID.randomUUID(), 1, 1).published();
        CurrentSnapshot current = checkedOnEveryRead();
        LibrarySnapshot first = current.get();
        tables.embeddedFile("b", UUID.randomUUID(), 2, 2).published();

        LibrarySnapshot noticing = current.get();
        LibrarySnapshot after = current.get();

        assertThat(noticing).isSameAs(first);
        assertThat(after.size()).isEqualTo(2);
        assertThat(after.buildId()).isEqualTo(first.buildId() + 1);
    }

    @Test
    void withoutANewBuildTheSnapshotStays() {
        tables.embeddedFile("a", UUID.randomUUID(), 1, 1).published();
        CurrentSnapshot current = checkedOnEveryRead();
        LibrarySnapshot first = current.get();
        tables.embeddedFile("b", UUID.randomUUID(), 2, 2);

        assertThat(current.refresh()).isSameAs(first);
    }

    @Test
    void unbuiltModelsSayWhatToRun() {
        tables.hide("analytics.local_files");

        assertThatThrownBy(loader::load)
                .hasMessageContaining("analytics.local_files")
                .hasMessageContaining("build-models");
    }

    @Test
    void modelsBuiltBeforeArtistIdentitiesSayWhatToRun() {
        tables.hideColumn("local_files", "artist_key");

        assertThatThrownBy(loader::load)
                .hasMessageContaining("has no artist_key")
                .hasMessageContaining("build-models");
    }

    @Test
    void aTableDroppedByARebuildIsReadOnceItIsBack() {
        tables.listens("user", "a", 3, 0, null);
        jdbc.sql("ALTER TABLE analytics.file_listen_counts RENAME TO file_listen_counts_building")
                .update();
        List<Duration> pauses = new ArrayList<>();
        // The build swaps the table back in while the reader waits.
        ListeningHistory history =
                new ListeningHistory(jdbc, new AnalyticsSchema("analytics"), new RebuildRetry(pause -> {
                    pauses.add(pause);
                    jdbc.sql("ALTER TABLE analytics.file_listen_counts_building RENAME TO file_listen_counts")
                            .update();
                }));

        assertThat(history.listenCounts("user", List.of("a"))).containsEntry("a", 3.0);
        assertThat(pauses).containsExactly(Duration.ofSeconds(5));
    }
}
