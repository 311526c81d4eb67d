package org.moomoo.jobs.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.models.testing.AnalyticSchema;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code smart-mixes} killed with SIGKILL in the middle of its one step (generating the mixes of
 * 2,000 liked tracks; the collection is replaced at the end in one transaction), then run again
 * with the same command: the stored mixes equal those of an uninterrupted run. The other
 * collection jobs share the same {@code RefreshCollectionTasklet}, so this test stands for them.
 */
@Tag("kill")
class SmartMixesKillTest {

    static final String JOB = "smart-mixes";
    static final int TRACKS = 2_000;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension(AnalyticSchema.RECIPE);

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension(AnalyticSchema.RECIPE);

    static final String MIXES = "select i.collection_order_index, i.title, i.description, t.track_order_index,"
            + " t.filepath, t.artist_mbid, t.match_distance, t.is_seed"
            + " from raw.moomoo_playlist_collection_items i join raw.moomoo_playlist_tracks t using (playlist_id)"
            + " order by i.collection_order_index, t.track_order_index";

    /** Liked tracks around 300 sound centres, as CollectionsWithTheEngineTest makes them, but twice as many. */
    static void likedTracks(JdbcClient jdbc) {
        AnalyticRows tables = new AnalyticRows(jdbc).clear();
        Random random = new Random(8);
        for (int i = 0; i < TRACKS; i++) {
            Random centre = new Random(random.nextInt(300));
            float[] embedding = new float[50];
            for (int k = 0; k < 50; k++) {
                embedding[k] = (float) (centre.nextGaussian() + 0.2 * random.nextGaussian());
            }
            String path = String.format("library/%04d.flac", i);
            int artist = random.nextInt(400);
            tables.embeddedFileRow(path, new UUID(8, artist), null, 200, embedding)
                    .set("artist_name", "Artist " + artist)
                    .insert()
                    .listens("ada", path, 3, 0, 0.0);
        }
    }

    @Test
    void killedMidRefreshThenRunAgainStoresTheMixesOfAnUninterruptedRun() {
        likedTracks(REFERENCE.jdbc());
        likedTracks(KILLED.jdbc());
        KillHarness harness = new KillHarness(MoomooCommand.class.getName(), Map.of());
        harness.run(REFERENCE.database(), "create-collections", "username=ada");
        harness.run(KILLED.database(), "create-collections", "username=ada");
        harness.run(REFERENCE.database(), JOB, "username=ada", "seed=1");

        harness.kill(
                KILLED.database(), jdbc -> KillHarness.inStep(jdbc, JOB, "refresh", 0), JOB, "username=ada", "seed=1");
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.moomoo_playlist_collection_items"))
                .as("the collection is replaced at the end of the step")
                .isZero();
        harness.resume(KILLED.database(), JOB, "username=ada", "seed=1");

        assertThat(KillHarness.fingerprint(KILLED.jdbc(), MIXES))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), MIXES));
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.moomoo_playlist_collection_items"))
                .isPositive();
    }
}
