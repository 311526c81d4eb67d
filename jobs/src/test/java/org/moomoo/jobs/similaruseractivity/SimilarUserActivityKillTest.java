package org.moomoo.jobs.similaruseractivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moomoo.jobs.listenbrainz.ScriptedListenBrainz.ok;

import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.ScriptedListenBrainz;
import org.moomoo.jobs.listenbrainz.SlowDispatcher;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;

/**
 * {@code similar-user-activity} killed with SIGKILL in the middle of its fetch step (a third of
 * the similar users committed, from a slow fake ListenBrainz), then run again with the same
 * command: the snapshot equals that of an uninterrupted run.
 */
@Tag("kill")
class SimilarUserActivityKillTest {

    static final String JOB = "similar-user-activity";
    static final String USER = "FAKE_NAME";
    static final int SIMILAR_USERS = 30;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension();

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension();

    static final MockWebServer SERVER = MockServers.started();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void killedMidFetchThenRunAgainStoresTheSnapshotOfAnUninterruptedRun() {
        ScriptedListenBrainz listenBrainz = new ScriptedListenBrainz();
        StringBuilder similar = new StringBuilder("{\"payload\": [");
        for (int i = 0; i < SIMILAR_USERS; i++) {
            String name = "similar_" + i;
            similar.append(i == 0 ? "" : ", ")
                    .append("{\"similarity\": ")
                    .append(1.0 - i / 100.0)
                    .append(", \"user_name\": \"")
                    .append(name)
                    .append("\"}");
            for (String entity : ActivityProcessor.ENTITIES) {
                listenBrainz.always(SimilarUserActivityJobTest.stats(name, entity), SimilarUserActivityJobTest::top);
            }
        }
        String answer = similar.append("]}").toString();
        listenBrainz.always(SimilarUserActivityJobTest.SIMILAR, url -> ok(answer));
        SERVER.setDispatcher(new SlowDispatcher(listenBrainz, 25));
        KillHarness harness = new KillHarness(
                MoomooCommand.class.getName(),
                Map.of("MOOMOO_LISTENBRAINZ_URL", SERVER.url("/").toString(), "LISTENBRAINZ_USER_TOKEN", "lb-token"));
        harness.run(REFERENCE.database(), JOB, "username=" + USER);

        harness.kill(
                KILLED.database(),
                jdbc -> KillHarness.inStep(jdbc, JOB, "fetch", SIMILAR_USERS / 3),
                JOB,
                "username=" + USER);
        long kept = KillHarness.count(
                KILLED.jdbc(), "select count(distinct to_username) from raw.listenbrainz_similar_user_activity");
        assertThat(kept).as("killed mid-step").isBetween(1L, SIMILAR_USERS - 1L);
        harness.resume(KILLED.database(), JOB, "username=" + USER);

        String rows = "select payload_id, from_username, to_username, entity, time_range, user_similarity, json_data"
                + " from raw.listenbrainz_similar_user_activity order by payload_id";
        assertThat(KillHarness.fingerprint(KILLED.jdbc(), rows))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), rows));
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_similar_user_activity"))
                .isEqualTo(SIMILAR_USERS * 9L);
    }
}
