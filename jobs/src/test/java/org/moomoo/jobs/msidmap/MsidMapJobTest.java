package org.moomoo.jobs.msidmap;

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
import org.moomoo.jobs.worklist.Md5Key;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code msid-map} job against a mock ListenBrainz lookup, over hand-made local file rows
 * whose title names the answer the mock gives.
 */
@JobTest
@Import(NoWaiting.class)
@ExtendWith(OutputCaptureExtension.class)
class MsidMapJobTest {

    static final String TOKEN = "lb-token-msid-map-secret-3";
    static final String LOOKUP = "/1/metadata/lookup/";
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

    /** A match for every title, except "Unknown ..." titles, which ListenBrainz does not know. */
    static MockResponse lookup(HttpUrl url) {
        String title = url.queryParameter("recording_name");
        return title.startsWith("Unknown") ? ok("{}") : ok(FakeListenBrainz.fixtureText("metadata-lookup.json"));
    }

    @BeforeEach
    void emptyTables() {
        LB.reset();
        sleeper.clear();
        jdbc.sql("delete from raw.local_music_files").update();
        jdbc.sql("delete from raw.messybrainz_name_map").update();
    }

    static String md5(String title) {
        return Md5Key.of(title, "Post", "Björk");
    }

    private void file(String path, String title, String album, String artist) {
        jdbc.sql("insert into raw.local_music_files (filepath, recording_md5, recording_name, release_name,"
                        + " artist_name, json_data, file_created_at, file_modified_at)"
                        + " values (?, ?, ?, ?, ?, '{}', now(), now())")
                .params(path, title == null ? null : Md5Key.of(title, album, artist), title, album, artist)
                .update();
    }

    private void songs(int count) {
        for (int n = 0; n < count; n++) {
            file("Björk/Post/" + n + ".flac", "Song " + n, "Post", "Björk");
        }
    }

    private Outcome msidMap(String... parameters) throws SQLException {
        return jobs.run("msid-map", List.of(parameters));
    }

    private Map<String, Object> row(String title) {
        return jdbc.sql("select recording_name, release_name, artist_name, success, payload_json ->> 'error' as error,"
                        + " payload_json ->> 'recording_mbid' as recording, ts_utc"
                        + " from raw.messybrainz_name_map where recording_md5 = ?")
                .param(md5(title))
                .query()
                .singleRow();
    }

    private long rows() {
        return jdbc.sql("select count(*) from raw.messybrainz_name_map")
                .query(Long.class)
                .single();
    }

    @Test
    void newNamesAreLookedUpOnceEachWithTheirTags(CapturedOutput output) throws SQLException {
        songs(3);
        file("Björk/Post/0 (copy).flac", "Song 0", "Post", "Björk");
        file("Björk/Post/unknown.flac", "Unknown Song", "Post", "Björk");
        file("untagged.flac", null, null, null);
        file("long.flac", "x".repeat(200), "y".repeat(40), "z".repeat(10));
        LB.always(LOOKUP, MsidMapJobTest::lookup);

        assertThat(msidMap("new=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(output)
                .contains("Found 4 new recording(s).")
                .contains("Found 4 total recording(s) to ingest.")
                .doesNotContain("Limiting");
        assertThat(rows()).isEqualTo(4);
        assertThat(row("Song 1"))
                .containsEntry("success", true)
                .containsEntry("recording", "b7f1c4e0-6c0a-4d3c-9b3a-2f5f6f1c0a11")
                .containsEntry("artist_name", "Björk");
        assertThat(row("Unknown Song")).containsEntry("success", false);
        assertThat(row("Unknown Song").get("error")).isNull();
        HttpUrl first = LB.requests(LOOKUP).get(0);
        assertThat(first.queryParameter("artist_name")).isEqualTo("Björk");
        assertThat(first.queryParameter("release_name")).isEqualTo("Post");
        assertThat(first.queryParameter("metadata")).isEqualTo("true");
        assertThat(first.queryParameter("inc")).isEqualTo("release");
    }

    @Test
    void withoutASelectorThereIsNothingToDo(CapturedOutput output) throws SQLException {
        songs(2);

        assertThat(msidMap().exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(output).contains("Found 0 total recording(s) to ingest.").contains("Nothing to do.");
        assertThat(LB.requests()).isEmpty();
    }

    @Test
    void aLimitTakesThatManyAtRandom(CapturedOutput output) throws SQLException {
        songs(10);
        LB.always(LOOKUP, MsidMapJobTest::lookup);

        assertThat(msidMap("new=true", "limit=5").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(output)
                .contains("Found 10 total recording(s) to ingest.")
                .contains("Limiting to 5 recording(s) randomly.");
        assertThat(rows()).isEqualTo(5);
    }

    @Test
    void beforeLooksUpAgainWhatWasLookedUpBeforeTheDate(CapturedOutput output) throws SQLException {
        songs(10);
        LB.always(LOOKUP, MsidMapJobTest::lookup);
        assertThat(msidMap("new=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        jdbc.sql("update raw.messybrainz_name_map set ts_utc = '2020-01-01T00:00:00Z'")
                .update();

        assertThat(msidMap("before=2021-01-01").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(output).contains("Found 10 old recording(s).");
        assertThat(rows()).isEqualTo(10);
        assertThat(LB.requests(LOOKUP)).hasSize(20);
        assertThat(row("Song 3").get("ts_utc").toString()).doesNotStartWith("2020");
    }

    @Test
    void aRateLimitAServerErrorAndNoContentAreHandled() throws SQLException {
        songs(1);
        file("a/b.flac", "Song 204", "Post", "Björk");
        LB.enqueue(LOOKUP, tooManyRequests(4), error(503, "down for maintenance"));
        LB.always(LOOKUP, url -> url.queryParameter("recording_name").equals("Song 204") ? noContent() : lookup(url));

        assertThat(msidMap("new=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(row("Song 0")).containsEntry("success", true);
        assertThat(row("Song 204")).containsEntry("success", false);
        assertThat(row("Song 204").get("error")).isNull();
        assertThat(sleeper.waits()).contains(Duration.ofSeconds(4));
        assertThat(LB.requests(LOOKUP)).hasSize(4);
    }

    @Test
    void badAnswersAreRecordedFailuresThatTheNextNewRunTriesAgain(CapturedOutput output) throws SQLException {
        songs(4);
        String answer = FakeListenBrainz.fixtureText("metadata-lookup.json");
        // Chosen in recording_md5 order: script the answers in that order.
        List<String> titles = List.of("Song 0", "Song 1", "Song 2", "Song 3").stream()
                .sorted((a, b) -> md5(a).compareTo(md5(b)))
                .toList();
        LB.enqueue(LOOKUP, ok("{\"recording_name\": \"Hyperba"));
        LB.enqueue(LOOKUP, 5, cutShort(answer));
        LB.enqueue(LOOKUP, ok("[\"not\", \"an\", \"object\"]"));
        LB.always(LOOKUP, MsidMapJobTest::lookup);

        Outcome outcome = msidMap("new=true");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat((String) row(titles.get(0)).get("error")).contains("malformed JSON");
        assertThat((String) row(titles.get(1)).get("error")).contains("connection failed");
        assertThat((String) row(titles.get(2)).get("error")).contains("not a JSON object");
        assertThat(row(titles.get(3))).containsEntry("success", true);
        assertThat(output).contains("Lookup failed for recording: ").doesNotContain(TOKEN);
        assertThat(outcome.execution().toJson().toString()).doesNotContain(TOKEN);

        LB.reset();
        LB.always(LOOKUP, MsidMapJobTest::lookup);
        assertThat(msidMap("new=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(LB.requests(LOOKUP)).hasSize(3);
        assertThat(jdbc.sql("select count(*) from raw.messybrainz_name_map where success")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aFailedLookupKeepsTheMatchFoundBefore() throws SQLException {
        songs(1);
        LB.always(LOOKUP, MsidMapJobTest::lookup);
        assertThat(msidMap("new=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        jdbc.sql("update raw.messybrainz_name_map set ts_utc = '2020-01-01T00:00:00Z'")
                .update();
        LB.reset();
        LB.enqueue(LOOKUP, ok("{\"recording_name\": "));

        assertThat(msidMap("before=2021-01-01").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(row("Song 0"))
                .containsEntry("success", true)
                .containsEntry("recording", "b7f1c4e0-6c0a-4d3c-9b3a-2f5f6f1c0a11");
    }

    @Test
    void aServiceThatKeepsFailingStopsTheJobAndKeepsWhatWasCommitted() throws SQLException {
        songs(25);
        LB.always(LOOKUP, url -> ok("{\"recording_name\": "));

        Outcome outcome = msidMap("new=true");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem()).contains("Too many failures (11 in a row)");
        // The first chunk of ten was committed as recorded failures; nothing of the second is written.
        assertThat(rows()).isEqualTo(10);
    }
}
