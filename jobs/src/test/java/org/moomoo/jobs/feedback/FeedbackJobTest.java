package org.moomoo.jobs.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.NoWaiting;
import org.moomoo.jobs.testing.JobTest;
import org.moomoo.jobs.worklist.Md5Key;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code listenbrainz-feedback} job against a mock ListenBrainz; each test has a user of its own. */
@JobTest
@Import(NoWaiting.class)
class FeedbackJobTest {

    static final MockWebServer SERVER = MockServers.started();

    @DynamicPropertySource
    static void listenBrainz(DynamicPropertyRegistry properties) {
        properties.add("MOOMOO_LISTENBRAINZ_URL", () -> SERVER.url("/").toString());
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    /** The fixture page with every item's user_id set to {@code username}. */
    private static ObjectNode page(String username) {
        ObjectNode page = (ObjectNode) FakeListenBrainz.fixture("feedback-page.json");
        page.path("feedback").forEach(item -> ((ObjectNode) item).put("user_id", username));
        return page;
    }

    private static MockResponse ok(Object body) {
        return new MockResponse.Builder().code(200).body(body.toString()).build();
    }

    private Outcome feedback(String username) throws SQLException {
        return jobs.run("listenbrainz-feedback", List.of("username=" + username));
    }

    private List<Map<String, Object>> rows(String username) {
        return jdbc.sql(
                        "select feedback_md5, score, recording_mbid::text as mbid, extract(epoch from feedback_at)::bigint"
                                + " as created, track_metadata ->> 'track_name' as track, track_metadata::text as metadata"
                                + " from raw.listenbrainz_user_feedback where username = ? order by feedback_at")
                .param(username)
                .query()
                .listOfRows();
    }

    @Test
    void storesLovesAndHatesAndSkipsFeedbackWithoutARecording() throws SQLException {
        SERVER.enqueue(ok(page("lover")));

        Outcome outcome = feedback("lover");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, Object>> rows = rows("lover");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("score", -1)
                .containsEntry("mbid", "c1d2e3f4-0000-4000-8000-000000000002")
                .containsEntry("created", 1672000000L)
                .containsEntry("metadata", "{}");
        assertThat(rows.get(1))
                .containsEntry("score", 1)
                .containsEntry("track", "Hyperballad")
                .containsEntry("feedback_md5", Md5Key.of("lover", "1", "b7f1c4e0-6c0a-4d3c-9b3a-2f5f6f1c0a11"));
        assertThat(outcome.execution().steps().get(0).written()).isEqualTo(2);
    }

    @Test
    void runningAgainGivesTheSameRowsAndDropsWhatTheUserTookBack() throws SQLException, InterruptedException {
        SERVER.enqueue(ok(page("fickle")));
        assertThat(feedback("fickle").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, Object>> first = rows("fickle");
        SERVER.enqueue(ok(page("fickle")));
        assertThat(feedback("fickle").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(rows("fickle")).isEqualTo(first);
        ObjectNode fewer = page("fickle");
        ((ArrayNode) fewer.path("feedback")).remove(1);
        SERVER.enqueue(ok(fewer));

        assertThat(feedback("fickle").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(rows("fickle")).extracting(row -> row.get("score")).containsExactly(1);
    }

    @Test
    void fetchesEveryPageOfALongList() throws SQLException, InterruptedException {
        ObjectNode full = page("long");
        ArrayNode items = (ArrayNode) full.path("feedback");
        ObjectNode love = (ObjectNode) items.get(0);
        items.removeAll();
        for (int i = 0; i < FetchFeedbackTasklet.PAGE_SIZE; i++) {
            items.add(love.deepCopy().put("recording_mbid", String.format("00000000-0000-4000-8000-%012d", i)));
        }
        full.put("total_count", 101);
        ObjectNode last = page("long");
        ((ArrayNode) last.path("feedback")).remove(2);
        ((ArrayNode) last.path("feedback")).remove(1);
        int before = SERVER.getRequestCount();
        SERVER.enqueue(ok(full));
        SERVER.enqueue(ok(last));

        assertThat(feedback("long").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(rows("long")).hasSize(101);
        assertThat(SERVER.getRequestCount() - before).isEqualTo(2);
        // Only this test takes recorded requests: the first ones are the other tests'.
        for (int i = 0; i < before; i++) {
            SERVER.takeRequest();
        }
        RecordedRequest first = SERVER.takeRequest();
        RecordedRequest second = SERVER.takeRequest();
        assertThat(first.getUrl().queryParameter("offset")).isEqualTo("0");
        assertThat(second.getUrl().queryParameter("offset")).isEqualTo("100");
        assertThat(second.getUrl().queryParameter("metadata")).isEqualTo("true");
    }

    @Test
    void aMalformedAnswerFailsTheJobAndLeavesTheStoredFeedback() throws SQLException {
        SERVER.enqueue(ok(page("kept")));
        assertThat(feedback("kept").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        SERVER.enqueue(ok("{\"feedback\": [{\"score\": 1, "));

        Outcome outcome = feedback("kept");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem()).contains("malformed JSON");
        assertThat(rows("kept")).hasSize(2);
    }

    @Test
    void noFeedbackLeavesNoRows() throws SQLException {
        SERVER.enqueue(ok("{\"count\": 0, \"feedback\": [], \"offset\": 0, \"total_count\": 0}"));

        assertThat(feedback("indifferent").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(rows("indifferent")).isEmpty();
    }
}
