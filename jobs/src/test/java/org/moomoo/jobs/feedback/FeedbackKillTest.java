package org.moomoo.jobs.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.SlowDispatcher;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code listenbrainz-feedback} killed with SIGKILL half-way through its pages (one transaction
 * for all of them, so nothing is stored yet), then run again with the same command: the stored
 * feedback equals that of an uninterrupted run.
 */
@Tag("kill")
class FeedbackKillTest {

    static final String JOB = "listenbrainz-feedback";
    static final int ITEMS = 2_000;
    static final int PAGES = ITEMS / FetchFeedbackTasklet.PAGE_SIZE;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension();

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension();

    static final MockWebServer SERVER = MockServers.started();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    /** {@link #ITEMS} loves and hates, served a page at a time by {@code offset} as ListenBrainz does. */
    static Dispatcher feedback() {
        ObjectNode fixture = (ObjectNode) FakeListenBrainz.fixture("feedback-page.json");
        ObjectNode love = (ObjectNode) fixture.path("feedback").get(0);
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
                int count = Integer.parseInt(request.getUrl().queryParameter("count"));
                ObjectNode page = fixture.deepCopy();
                ArrayNode items = page.putArray("feedback");
                for (int i = offset; i < Math.min(ITEMS, offset + count); i++) {
                    ObjectNode item = love.deepCopy();
                    item.put("recording_mbid", new UUID(16, i).toString());
                    item.put("created", 1_672_243_428L - i * 60L);
                    item.put("score", i % 5 == 0 ? -1 : 1);
                    item.put("user_id", "killed");
                    items.add(item);
                }
                page.put("count", items.size());
                page.put("offset", offset);
                page.put("total_count", ITEMS);
                return new MockResponse.Builder()
                        .code(200)
                        .body(page.toString())
                        .build();
            }
        };
    }

    @Test
    void killedHalfWayThroughThePagesThenRunAgainStoresTheFeedbackOfAnUninterruptedRun() {
        SERVER.setDispatcher(new SlowDispatcher(feedback(), 150));
        KillHarness harness = new KillHarness(
                MoomooCommand.class.getName(),
                Map.of("MOOMOO_LISTENBRAINZ_URL", SERVER.url("/").toString()));
        harness.run(REFERENCE.database(), JOB, "username=killed");
        int before = SERVER.getRequestCount();

        harness.kill(
                KILLED.database(),
                jdbc -> KillHarness.inStep(jdbc, JOB, "fetch", 0) && SERVER.getRequestCount() - before >= PAGES / 2,
                JOB,
                "username=killed");
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_user_feedback"))
                .as("the pages are stored in one transaction, which the kill rolled back")
                .isZero();
        harness.resume(KILLED.database(), JOB, "username=killed");

        String rows = "select feedback_md5, username, score, recording_mbid, feedback_at, track_metadata"
                + " from raw.listenbrainz_user_feedback order by feedback_md5";
        assertThat(KillHarness.fingerprint(KILLED.jdbc(), rows))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), rows));
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_user_feedback"))
                .isEqualTo(ITEMS);
    }
}
