package org.moomoo.jobs.similaruseractivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moomoo.jobs.listenbrainz.ScriptedListenBrainz.cutShort;
import static org.moomoo.jobs.listenbrainz.ScriptedListenBrainz.error;
import static org.moomoo.jobs.listenbrainz.ScriptedListenBrainz.noContent;
import static org.moomoo.jobs.listenbrainz.ScriptedListenBrainz.ok;
import static org.moomoo.jobs.listenbrainz.ScriptedListenBrainz.tooManyRequests;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.NoWaiting;
import org.moomoo.jobs.listenbrainz.RecordingSleeper;
import org.moomoo.jobs.listenbrainz.ScriptedListenBrainz;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The {@code similar-user-activity} job against a mock ListenBrainz. */
@JobTest
@Import(NoWaiting.class)
@ExtendWith(OutputCaptureExtension.class)
class SimilarUserActivityJobTest {

    static final String TOKEN = "lb-token-similar-secret-11";
    static final String USER = "FAKE_NAME";
    static final String SIMILAR = "/1/user/" + USER + "/similar-users";
    static final ScriptedListenBrainz LB = new ScriptedListenBrainz();
    static final MockWebServer SERVER = started();

    @DynamicPropertySource
    static void listenBrainz(DynamicPropertyRegistry properties) {
        properties.add("MOOMOO_LISTENBRAINZ_URL", () -> SERVER.url("/").toString());
        properties.add("LISTENBRAINZ_USER_TOKEN", () -> TOKEN);
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingSleeper sleeper;

    static MockWebServer started() {
        MockWebServer server = MockServers.started();
        server.setDispatcher(LB);
        return server;
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void emptyTable() {
        LB.reset();
        sleeper.clear();
        jdbc.sql("delete from raw.listenbrainz_similar_user_activity").update();
    }

    static String stats(String user, String entity) {
        return "/1/stats/user/" + user + "/" + entity;
    }

    /** The fixture of the entity asked for, whatever the range. */
    static MockResponse top(HttpUrl url) {
        String path = url.encodedPath();
        String entity = path.substring(path.lastIndexOf('/') + 1);
        return ok(FakeListenBrainz.fixtureText("user-top-" + entity + ".json"));
    }

    /** Similar users {@code names}, each answering every stats call with the fixtures. */
    private static void similarUsers(String... names) {
        StringBuilder payload = new StringBuilder("{\"payload\": [");
        for (int i = 0; i < names.length; i++) {
            payload.append(i == 0 ? "" : ", ")
                    .append("{\"similarity\": 0.5, \"user_name\": \"")
                    .append(names[i])
                    .append("\"}");
            for (String entity : ActivityProcessor.ENTITIES) {
                LB.always(stats(names[i], entity), SimilarUserActivityJobTest::top);
            }
        }
        String answer = payload.append("]}").toString();
        LB.always(SIMILAR, url -> ok(answer));
    }

    private Outcome similarUserActivity(String... parameters) throws SQLException {
        return jobs.run(
                "similar-user-activity",
                Stream.concat(Stream.of("username=" + USER), Stream.of(parameters))
                        .toList());
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("select payload_id, to_username, entity, time_range, user_similarity, json_data::text as json"
                        + " from raw.listenbrainz_similar_user_activity where from_username = ?"
                        + " order by to_username, entity, time_range")
                .param(USER)
                .query()
                .listOfRows();
    }

    @Test
    void theKeyIsTheOriginals() {
        assertThat(Activity.payloadId("FAKE_NAME", "FAKE_NAME_2", "artists", "all_time"))
                .isEqualTo("6abf2cc3b56238f2680f39deca7cb0b9");
    }

    @Test
    void nineRowsPerSimilarUser(CapturedOutput output) throws SQLException {
        similarUsers("FAKE_NAME_2");

        Outcome outcome = similarUserActivity();

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, Object>> rows = rows();
        assertThat(rows).hasSize(9);
        assertThat(rows)
                .allSatisfy(row -> assertThat(row)
                        .containsEntry("to_username", "FAKE_NAME_2")
                        .containsEntry("user_similarity", 0.5));
        assertThat(rows)
                .filteredOn(row -> row.get("entity").equals("artists")
                        && row.get("time_range").equals("all_time"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row).containsEntry("payload_id", "6abf2cc3b56238f2680f39deca7cb0b9");
                    assertThat((String) row.get("json")).contains("\"artist_mbid\": \"87c5dedd-");
                });
        assertThat(LB.requests(stats("FAKE_NAME_2", "releases")))
                .extracting(url -> url.queryParameter("range"))
                .containsExactlyInAnyOrder("month", "year", "all_time");
        assertThat(LB.requests(stats("FAKE_NAME_2", "releases")).get(0).queryParameter("count"))
                .isEqualTo("100");
        assertThat(output).contains("Done.").doesNotContain(TOKEN);
    }

    @Test
    void noSimilarUsersInsertsNothingAndDeletesNothing(CapturedOutput output) throws SQLException {
        similarUsers("FAKE_NAME_2");
        assertThat(similarUserActivity().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        LB.reset();
        LB.enqueue(SIMILAR, ok("{\"payload\": []}"));

        assertThat(similarUserActivity().exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(output).contains("No records to insert.");
        assertThat(rows()).hasSize(9);
        LB.enqueue(SIMILAR, noContent());
        assertThat(similarUserActivity().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(rows()).hasSize(9);
    }

    @Test
    void aRecentRunIsSkipped(CapturedOutput output) throws SQLException {
        similarUsers("FAKE_NAME_2");
        assertThat(similarUserActivity().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        int before = LB.requests().size();

        assertThat(similarUserActivity("skip-timeout-seconds=600").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(output).containsPattern("Last ingest for FAKE_NAME at \\S+ is newer than cutoff \\S+, skipping\\.");
        assertThat(LB.requests()).hasSize(before);
    }

    @Test
    void usersNoLongerSimilarLoseTheirRowsOthersAreReplaced() throws SQLException {
        similarUsers("FAKE_NAME_2", "gone_away");
        assertThat(similarUserActivity().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(rows()).hasSize(18);
        LB.reset();
        similarUsers("FAKE_NAME_2", "newcomer");

        assertThat(similarUserActivity().exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(rows()).hasSize(18).extracting(row -> row.get("to_username")).doesNotContain("gone_away");
    }

    @Test
    void noDataIsAnEmptyArrayAndRetriesAreHonoured() throws SQLException {
        similarUsers("FAKE_NAME_2");
        LB.enqueue(stats("FAKE_NAME_2", "artists"), noContent());
        LB.enqueue(stats("FAKE_NAME_2", "releases"), tooManyRequests(9));
        LB.enqueue(stats("FAKE_NAME_2", "recordings"), error(500, "Internal Server Error"));

        assertThat(similarUserActivity().exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(rows())
                .hasSize(9)
                .filteredOn(row -> row.get("json").equals("[]"))
                .hasSize(1);
        assertThat(sleeper.waits()).contains(Duration.ofSeconds(9));
        assertThat(LB.requests(stats("FAKE_NAME_2", "recordings"))).hasSize(4);
    }

    @Test
    void badAnswersAreReportedAndLeaveTheStoredRowsAsTheyWere(CapturedOutput output) throws SQLException {
        similarUsers("FAKE_NAME_2");
        assertThat(similarUserActivity().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, Object>> first = rows();
        LB.enqueue(stats("FAKE_NAME_2", "artists"), ok("{\"payload\": {\"artists\": [{\"artist_mbid\""));
        LB.enqueue(
                stats("FAKE_NAME_2", "releases"), 5, cutShort(FakeListenBrainz.fixtureText("user-top-releases.json")));
        LB.enqueue(stats("FAKE_NAME_2", "recordings"), ok("{\"payload\": \"recordings\"}"));

        assertThat(similarUserActivity().exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(output)
                .contains("Failed to get top activity for FAKE_NAME_2 in the artists entity and month range: ")
                .contains("malformed JSON")
                .contains("connection failed")
                .contains("no payload object")
                .doesNotContain(TOKEN);
        assertThat(rows()).isEqualTo(first);
    }

    @Test
    void tenFailedCombinationsAreToleratedTheEleventhStopsTheRun() throws SQLException {
        similarUsers("u1", "u2", "u3", "u4", "u5");
        // Every call of u1 and one of u2 fails after its five attempts: 10 combinations.
        for (String entity : ActivityProcessor.ENTITIES) {
            LB.enqueue(stats("u1", entity), 15, error(500, "Internal Server Error"));
        }
        LB.enqueue(stats("u2", "artists"), 5, error(500, "Internal Server Error"));

        assertThat(similarUserActivity().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(rows()).hasSize(35);

        LB.reset();
        similarUsers("u1", "u2", "u3", "u4", "u5");
        for (String entity : ActivityProcessor.ENTITIES) {
            LB.enqueue(stats("u1", entity), 15, error(500, "Internal Server Error"));
        }
        LB.enqueue(stats("u2", "artists"), 10, error(500, "Internal Server Error"));

        Outcome outcome = similarUserActivity();

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem())
                .contains("Too many failures (11)")
                .contains("HTTP 500");
    }
}
