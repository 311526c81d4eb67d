package org.moomoo.jobs.artiststats;

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
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
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

/** The {@code artist-stats} job against a mock ListenBrainz, over a hand-made {@code analytics.mbids}. */
@JobTest
@Import(NoWaiting.class)
@ExtendWith(OutputCaptureExtension.class)
class ArtistStatsJobTest {

    static final String TOKEN = "lb-token-artist-stats-secret-7";
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
    void emptyTables() {
        LB.reset();
        sleeper.clear();
        // The model the job reads, as the original's tests make it.
        jdbc.sql("create schema if not exists analytics").update();
        jdbc.sql("create table if not exists analytics.mbids (mbid uuid primary key, entity varchar)")
                .update();
        jdbc.sql("delete from analytics.mbids").update();
        jdbc.sql("delete from raw.listenbrainz_artist_stats").update();
    }

    static String artist(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    static String path(int n) {
        return "/1/stats/artist/" + artist(n) + "/listeners";
    }

    private void knownArtists(int count) {
        for (int n = 0; n < count; n++) {
            jdbc.sql("insert into analytics.mbids values (?::uuid, 'artist')")
                    .param(artist(n))
                    .update();
        }
        // Not an artist: never asked for.
        jdbc.sql("insert into analytics.mbids values ('11111111-1111-4111-8111-111111111111', 'release')")
                .update();
    }

    private void answerEveryArtist() {
        IntStream.range(0, 30)
                .forEach(n -> LB.always(path(n), url -> ok(FakeListenBrainz.fixtureText("artist-listeners.json"))));
    }

    private Outcome artistStats(String... parameters) throws SQLException {
        return jobs.run("artist-stats", List.of(parameters));
    }

    private Map<String, Object> row(int n) {
        return jdbc.sql("select payload_json ->> 'success' as success, payload_json ->> 'error' as error,"
                        + " payload_json -> 'data' ->> 'artist_name' as artist, payload_json -> 'data' as data,"
                        + " ts_utc from raw.listenbrainz_artist_stats where mbid = ?::uuid")
                .param(artist(n))
                .query()
                .singleRow();
    }

    private long rows() {
        return jdbc.sql("select count(*) from raw.listenbrainz_artist_stats")
                .query(Long.class)
                .single();
    }

    @Test
    void newArtistsGetTheirListenerStats(CapturedOutput output) throws SQLException {
        knownArtists(3);
        answerEveryArtist();

        Outcome outcome = artistStats("new=true");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("Found 3 mbid(s) to ingest.").doesNotContain("Limiting");
        assertThat(rows()).isEqualTo(3);
        assertThat(row(2)).containsEntry("success", "true").containsEntry("artist", "Björk");
        assertThat(row(2).get("error")).isNull();
        assertThat(LB.requests(path(0)).get(0).queryParameter("range")).isEqualTo("all_time");
        assertThat(LB.requests()).hasSize(3);
    }

    @Test
    void withoutASelectorThereIsNothingToDo(CapturedOutput output) throws SQLException {
        knownArtists(2);

        assertThat(artistStats().exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(output).contains("Found 0 mbid(s) to ingest.").contains("Nothing to do.");
        assertThat(LB.requests()).isEmpty();
    }

    @Test
    void aLimitTakesThatManyAtRandom(CapturedOutput output) throws SQLException {
        knownArtists(10);
        answerEveryArtist();

        assertThat(artistStats("new=true", "limit=5").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(output).contains("Found 10 mbid(s) to ingest.").contains("Limiting to 5 mbid(s) randomly.");
        assertThat(rows()).isEqualTo(5);
    }

    @Test
    void beforeRefreshesStatsFetchedBeforeTheDate() throws SQLException {
        knownArtists(4);
        answerEveryArtist();
        assertThat(artistStats("new=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        jdbc.sql(
                        "update raw.listenbrainz_artist_stats set ts_utc = '2020-06-01T00:00:00Z' where mbid in (?::uuid, ?::uuid)")
                .params(artist(0), artist(1))
                .update();
        LB.reset();
        answerEveryArtist();

        assertThat(artistStats("before=2021-01-01").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(LB.requests()).extracting(url -> url.encodedPath()).containsExactly(path(0), path(1));
        assertThat(jdbc.sql("select count(*) from raw.listenbrainz_artist_stats where ts_utc < '2021-01-01'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void noDataIsStoredAsSuchAfterOneCall() throws SQLException {
        knownArtists(1);
        LB.enqueue(path(0), noContent());

        assertThat(artistStats("new=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(row(0))
                .containsEntry("success", "false")
                .containsEntry("error", ArtistStats.NO_DATA)
                .extractingByKey("data")
                .hasToString("{}");
        assertThat(LB.requests(path(0))).hasSize(1);
    }

    @Test
    void aRateLimitAndAServerErrorAreRetriedThenStored() throws SQLException {
        knownArtists(2);
        LB.enqueue(path(0), tooManyRequests(7));
        LB.enqueue(path(1), error(500, "Internal Server Error"));
        answerEveryArtist();

        assertThat(artistStats("new=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(row(0)).containsEntry("success", "true");
        assertThat(row(1)).containsEntry("success", "true");
        assertThat(LB.requests(path(0))).hasSize(2);
        assertThat(LB.requests(path(1))).hasSize(2);
        assertThat(sleeper.waits()).contains(Duration.ofSeconds(7));
    }

    @Test
    void badAnswersAreRecordedFailuresWithAReasonAndTheRunGoesOn(CapturedOutput output) throws SQLException {
        knownArtists(4);
        String listeners = FakeListenBrainz.fixtureText("artist-listeners.json");
        LB.enqueue(path(0), ok("{\"payload\": {\"artist_mbid\": \"87c5dedd-"));
        LB.enqueue(path(1), 5, cutShort(listeners));
        LB.enqueue(path(2), ok("{\"payload\": [1, 2]}"));
        answerEveryArtist();

        Outcome outcome = artistStats("new=true");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(row(0)).containsEntry("success", "false");
        assertThat((String) row(0).get("error")).contains("malformed JSON");
        assertThat(row(0).get("data")).hasToString("null");
        assertThat((String) row(1).get("error")).contains("connection failed").endsWith("after 5 attempts");
        assertThat((String) row(2).get("error")).contains("no payload object");
        assertThat(row(3)).containsEntry("success", "true");
        assertThat(output).doesNotContain(TOKEN);
        assertThat(outcome.execution().toJson().toString()).doesNotContain(TOKEN);

        // The failed ones count as new: the next run asks for them again, and only for them.
        LB.reset();
        answerEveryArtist();
        assertThat(artistStats("new=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(LB.requests()).hasSize(3);
        assertThat(jdbc.sql(
                                "select count(*) from raw.listenbrainz_artist_stats where payload_json ->> 'success' = 'true'")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aFailedRefreshKeepsTheStatsFetchedBefore() throws SQLException {
        knownArtists(1);
        answerEveryArtist();
        assertThat(artistStats("new=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        jdbc.sql("update raw.listenbrainz_artist_stats set ts_utc = '2020-06-01T00:00:00Z'")
                .update();
        LB.reset();
        LB.enqueue(path(0), ok("not json at all"));

        assertThat(artistStats("before=2021-01-01").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(row(0)).containsEntry("success", "true").containsEntry("artist", "Björk");
        assertThat(row(0).get("ts_utc").toString()).startsWith("2020-06-01");
    }

    @Test
    void aServiceThatKeepsFailingStopsTheJobAndKeepsWhatWasCommitted() throws SQLException {
        knownArtists(25);
        IntStream.range(0, 12)
                .forEach(n -> LB.always(path(n), url -> ok(FakeListenBrainz.fixtureText("artist-listeners.json"))));
        IntStream.range(12, 25).forEach(n -> LB.always(path(n), url -> ok("{\"payload\": ")));

        Outcome outcome = artistStats("new=true");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem())
                .contains("Too many failures (11 in a row)")
                .contains("malformed JSON");
        // Two chunks of ten committed (12 stats, 8 recorded failures); nothing of the third is written.
        assertThat(jdbc.sql(
                                "select count(*) from raw.listenbrainz_artist_stats where payload_json ->> 'success' = 'true'")
                        .query(Long.class)
                        .single())
                .isEqualTo(12);
        assertThat(rows()).isEqualTo(20);
    }
}
