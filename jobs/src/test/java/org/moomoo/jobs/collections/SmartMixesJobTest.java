package org.moomoo.jobs.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.testing.AnalyticJobTest;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.smartmix.PoolTrack;
import org.moomoo.playlist.smartmix.TrackPool;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The smart-mixes job on the real similarity engine over small generated libraries; the generators
 * are watched to see what each mix was seeded from, and fail on cue where a test needs it.
 */
@AnalyticJobTest
@Import(RecordingGenerators.InFront.class)
@ExtendWith(OutputCaptureExtension.class)
class SmartMixesJobTest {

    // The staleness checks must not depend on whether the test runs just before 07:00 UTC.
    @TestBean(methodName = "org.moomoo.testsupport.TestClocks#tickingFromNoon")
    Clock clock;

    private static final int GROUPS = 12;
    private static final int PER_GROUP = 5;

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CollectionStore store;

    @Autowired
    AnalyticsSchema schema;

    @Autowired
    RebuildRetry retry;

    @Autowired
    RecordingGenerators generators;

    @Autowired
    CurrentSnapshot snapshot;

    private AnalyticRows tables;
    private AdasCollection smartMixes;

    @BeforeEach
    void userWithCollection() {
        tables = CollectionTables.emptied(jdbc);
        generators.reset();
        smartMixes = AdasCollection.register(RegisteredCollection.SMART_MIXES, jobs, store);
    }

    /** A file liked or not, as the pool reads it: named artist and album artist, embedded from {@code seconds}. */
    private void embeddedFile(
            String path,
            UUID artist,
            String artistName,
            UUID albumArtist,
            String albumArtistName,
            float[] embedding,
            boolean success,
            double seconds) {
        tables.embeddedFileRow(path, artist, albumArtist, seconds, embedding)
                .set("track_name", "Track " + path)
                .set("artist_name", artistName)
                .set("album_artist_name", albumArtistName)
                .set("embedding_success", success)
                .insert();
    }

    /** Publishes what the test wrote as a model build and has the engine load it. */
    private void publish() {
        tables.published();
        snapshot.refresh();
    }

    private static float[] towards(int axis, Random random) {
        float[] embedding = new float[50];
        for (int k = 0; k < 50; k++) {
            embedding[k] = (float) (random.nextGaussian() * 0.01);
        }
        embedding[axis] += 1;
        return embedding;
    }

    /**
     * Twelve tight groups of five liked tracks, each group pointing along its own axis and each
     * track by its own artist: every group is a leaf cluster of five artists.
     */
    private void likedGroups() {
        Random random = new Random(3);
        for (int group = 0; group < GROUPS; group++) {
            for (int i = 0; i < PER_GROUP; i++) {
                String path = String.format("group-%02d/track-%d.flac", group, i);
                embeddedFile(
                        path,
                        new UUID(5, group * PER_GROUP + i),
                        "Artist " + group + "." + i,
                        null,
                        null,
                        towards(group, random),
                        true,
                        200);
                tables.listens("ada", path, 3, 0, 0.0);
            }
        }
        publish();
    }

    @Test
    void thePoolKeepsLikedFilesWithAUsableEmbeddingAndAnArtist() {
        // given
        UUID artist = new UUID(6, 1);
        UUID albumArtist = new UUID(6, 2);
        float[] embedding = towards(0, new Random(1));
        embeddedFile("e-loved.flac", artist, "Track Artist", null, null, embedding, true, 200);
        tables.love("ada", "e-loved.flac", "2024-01-01T00:00:00Z");
        embeddedFile("a-three-listens.flac", artist, "Track Artist", albumArtist, "Album Artist", embedding, true, 200);
        tables.listens("ada", "a-three-listens.flac", 3, 0, 0.0);
        embeddedFile("b-failed.flac", artist, "Track Artist", null, null, embedding, false, 200);
        tables.listens("ada", "b-failed.flac", 5, 0, 0.0);
        embeddedFile("c-no-artist.flac", null, "Track Artist", albumArtist, "Album Artist", embedding, true, 200);
        tables.listens("ada", "c-no-artist.flac", 5, 0, 0.0);
        embeddedFile("d-one-listen.flac", artist, "Track Artist", null, null, embedding, true, 200);
        tables.listens("ada", "d-one-listen.flac", 1, 0, 0.0);
        embeddedFile("f-short.flac", artist, "Track Artist", null, null, embedding, true, 30);
        tables.listens("ada", "f-short.flac", 5, 0, 0.0);

        // when
        List<PoolTrack> pool = new TrackPool(jdbc, schema, retry).read("ada");

        // then
        assertThat(pool).extracting(PoolTrack::filepath).containsExactly("a-three-listens.flac", "e-loved.flac");
        assertThat(pool).extracting(PoolTrack::artistName).containsExactly("Album Artist", "Track Artist");
        assertThat(pool).extracting(PoolTrack::artistKey).containsExactly(albumArtist.toString(), artist.toString());
        assertThat(pool.get(0).embedding()).hasSize(50).containsExactly(embedding);
    }

    @Test
    void makesOneMixPerTightClusterSeededWithTheWholeCluster() {
        likedGroups();

        Outcome outcome = smartMixes.run("username=ada", "seed=1");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(generators.seeds()).hasSize(GROUPS).allSatisfy(seeds -> {
            assertThat(seeds).hasSize(PER_GROUP);
            assertThat(seeds).allMatch(path -> path.startsWith(seeds.get(0).substring(0, "group-00".length())));
        });
        assertThat(smartMixes.stored()).hasSize(GROUPS).allSatisfy(mix -> {
            String group = mix.tracks().get(0).filepath().substring(0, "group-00".length());
            assertThat(mix.tracks().get(0).isSeed()).isTrue();
            // The whole cluster seeds the engine, which offers none of its members again.
            assertThat(mix.tracks().subList(1, mix.tracks().size()))
                    .isNotEmpty()
                    .noneMatch(track -> track.filepath().startsWith(group));
        });
    }

    @Test
    void mixesAreTitledInOrderAndDescribedByTheirArtists() {
        likedGroups();

        smartMixes.run("username=ada", "count=3", "seed=1");

        List<Playlist> playlists = smartMixes.stored();
        assertThat(playlists).extracting(Playlist::title).containsExactly("Smart Mix 1", "Smart Mix 2", "Smart Mix 3");
        assertThat(playlists)
                .allSatisfy(playlist -> assertThat(playlist.description())
                        .matches("Songs like: Artist (\\d+)\\.\\d(, Artist \\1\\.\\d){4}"));
    }

    @Test
    void eachTracksReasonNamesItsClustersArtistsAroundTheEnginesReason() {
        likedGroups();

        smartMixes.run("username=ada", "count=3", "seed=1");

        assertThat(smartMixes.stored()).allSatisfy(mix -> {
            String group = mix.tracks().get(0).filepath().substring("group-".length(), "group-00".length());
            List<String> artists = List.of(0, 1, 2, 3, 4).stream()
                    .map(i -> "Artist " + Integer.parseInt(group) + "." + i)
                    .toList();
            assertThat(mix.tracks()).allSatisfy(track -> {
                Reason.SmartMix reason = (Reason.SmartMix) track.reason();
                assertThat(reason.artists()).containsExactlyElementsOf(artists);
                assertThat(reason.text())
                        .startsWith("in a cluster with " + String.join(", ", artists.subList(0, 4)) + " and "
                                + artists.get(4) + "; ");
            });
            // Every neighbour's nearest seed is a member of the cluster, listened to 3 times.
            assertThat(mix.tracks().subList(1, mix.tracks().size())).allSatisfy(track -> {
                Reason.Similar similar = (Reason.Similar) ((Reason.SmartMix) track.reason()).because();
                assertThat(similar.nearestSeed()).startsWith("group-" + group + "/");
                assertThat(similar.seedListens()).isEqualTo(3.0);
            });
        });
    }

    @Test
    void countLimitsTheMixes() {
        likedGroups();

        smartMixes.run("username=ada", "count=5", "seed=1");

        assertThat(smartMixes.stored()).hasSize(5);
    }

    @Test
    void aClusterWithoutFilesIsSkipped(CapturedOutput output) {
        likedGroups();
        generators.thenEngine().thenNoFiles();

        Outcome outcome = smartMixes.run("username=ada", "count=5", "seed=1");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output)
                .contains("No files found for cluster")
                .contains("Saved 4 playlists to collection smart-mixes.");
    }

    @Test
    void anEmptyPoolEndsQuietlyWithoutClustering(CapturedOutput output) {
        Outcome outcome = smartMixes.run("username=ada");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output)
                .contains("Not enough tracks (0) to generate smart mixes.")
                .doesNotContain("Clustering");
        assertThat(generators.seeds()).isEmpty();
    }

    // The original let a pool of exactly 50 pass its first check and crash in clustering, which
    // wants more than 50; here one threshold ends the run quietly.
    @Test
    void aPoolOfFiftyEndsQuietly(CapturedOutput output) {
        Random random = new Random(5);
        for (int i = 0; i < 50; i++) {
            String path = String.format("fifty/track-%02d.flac", i);
            embeddedFile(path, new UUID(9, i), "Artist " + i, null, null, towards(i % 10, random), true, 200);
            tables.listens("ada", path, 3, 0, 0.0);
        }

        Outcome outcome = smartMixes.run("username=ada");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("Not enough tracks (50) to generate smart mixes.");
        assertThat(generators.seeds()).isEmpty();
    }

    @Test
    void noClusterOfThreeToEightArtistsEndsQuietly(CapturedOutput output) {
        // Sixty liked tracks, all by one artist: every cluster has one artist.
        Random random = new Random(4);
        for (int i = 0; i < 60; i++) {
            String path = String.format("solo/track-%02d.flac", i);
            embeddedFile(path, new UUID(7, 1), "Solo", null, null, towards(i % 12, random), true, 200);
            tables.listens("ada", path, 3, 0, 0.0);
        }

        Outcome outcome = smartMixes.run("username=ada");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("No clusters with 3-8 artists.").contains("No playlists generated.");
        assertThat(generators.seeds()).isEmpty();
    }

    @Test
    void aFreshCollectionIsSkippedUntilForced(CapturedOutput output) {
        likedGroups();

        smartMixes.run("username=ada", "count=5", "seed=1");
        assertThat(generators.seeds()).hasSize(5);

        smartMixes.run("username=ada", "count=5", "seed=2");
        assertThat(generators.seeds()).hasSize(5);
        assertThat(output).contains("Collection is not stale; skipping.");

        smartMixes.run("username=ada", "count=5", "seed=3", "force=true");
        assertThat(generators.seeds()).hasSize(10);
    }

    @Test
    void withoutArtistFactorsSaysItUsesTheBaseline(CapturedOutput output) {
        likedGroups();

        smartMixes.run("username=ada", "seed=1");

        assertThat(output).contains("No collaborative filtering data found; using baseline only.");
    }

    @Test
    void readsTheFactorsOfThePoolsArtists(CapturedOutput output) {
        likedGroups();
        tables.factors(new UUID(5, 0), 1, 0).factors(new UUID(5, 1), 1, 1);

        Outcome outcome = smartMixes.run("username=ada", "seed=1");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).doesNotContain("No collaborative filtering data found");
    }
}
