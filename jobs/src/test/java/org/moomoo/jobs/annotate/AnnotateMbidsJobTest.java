package org.moomoo.jobs.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.NoWaiting;
import org.moomoo.jobs.musicbrainz.FakeMusicBrainz;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code annotate-mbids} against a mock MusicBrainz; each test starts from empty tables. */
@JobTest
@Import(NoWaiting.class)
class AnnotateMbidsJobTest {

    static final MockWebServer SERVER = MockServers.started();
    static final String ARTIST = "8bfac288-ccc5-448d-9573-c33ea2aa5c30";

    @DynamicPropertySource
    static void musicBrainz(DynamicPropertyRegistry properties) {
        properties.add("MOOMOO_MUSICBRAINZ_URL", () -> SERVER.url("/ws/2/").toString());
        properties.add("MOOMOO_CONTACT_EMAIL", () -> "listener@example.org");
        // The schedule is the client test's; here it would only make the runs slow.
        properties.add("moomoo.musicbrainz.min-interval", () -> "0s");
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    FakeMusicBrainz fake;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void emptyTables() {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS analytics").update();
        jdbc.sql("DROP TABLE IF EXISTS analytics.mbids").update();
        jdbc.sql("CREATE TABLE analytics.mbids (mbid uuid PRIMARY KEY, entity varchar)")
                .update();
        jdbc.sql("TRUNCATE raw.musicbrainz_annotations, raw.annotation_queue_log")
                .update();
        fake = new FakeMusicBrainz();
        SERVER.setDispatcher(fake);
    }

    static String mbid(int group, int n) {
        return String.format("%08d-0000-4000-8000-%012d", group, n);
    }

    private void known(String mbid, String entity) {
        jdbc.sql("INSERT INTO analytics.mbids VALUES (?::uuid, ?)")
                .params(mbid, entity)
                .update();
    }

    private void recordings(int count) {
        for (int i = 0; i < count; i++) {
            fake.recording(mbid(1, i), "Song " + i, ARTIST, "Band", mbid(2, i));
            known(mbid(1, i), "recording");
        }
    }

    private Outcome annotate(String... arguments) throws SQLException {
        return jobs.run("annotate-mbids", List.of(arguments));
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("SELECT mbid::text AS mbid, entity, payload_json::text AS payload, last_error"
                        + " FROM raw.musicbrainz_annotations ORDER BY mbid")
                .query()
                .listOfRows();
    }

    private Map<String, Object> row(String mbid) {
        return jdbc.sql("SELECT payload_json ->> 'title' AS title, last_error, last_error_at IS NOT NULL AS failed_at"
                        + " FROM raw.musicbrainz_annotations WHERE mbid = ?::uuid")
                .param(mbid)
                .query()
                .singleRow();
    }

    @Test
    void annotatesEveryNewMbidOfEachEntityWithItsMusicBrainzDocument() throws SQLException {
        recordings(2);
        for (int i = 0; i < 2; i++) {
            fake.release(mbid(2, i), "Album " + i, mbid(3, i), ARTIST, "Band")
                    .releaseGroup(mbid(3, i), "Album " + i, ARTIST, "Band")
                    .artist(mbid(4, i), "Band " + i, List.of(mbid(2, i)));
            known(mbid(2, i), "release");
            known(mbid(3, i), "release-group");
            known(mbid(4, i), "artist");
        }
        known(mbid(9, 0), "work");

        Outcome outcome = annotate();

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(rows())
                .hasSize(8)
                .allSatisfy(row -> assertThat(row.get("last_error")).isNull());
        assertThat(row(mbid(1, 1)).get("title")).isEqualTo("Song 1");
        assertThat(jdbc.sql("SELECT payload_json -> 'releases' -> 0 ->> 'id' FROM raw.musicbrainz_annotations"
                                + " WHERE mbid = ?::uuid")
                        .param(mbid(4, 0))
                        .query(String.class)
                        .single())
                .isEqualTo(mbid(2, 0));
        assertThat(jdbc.sql("SELECT entity || '=' || queue_size FROM raw.annotation_queue_log"
                                + " WHERE source = 'new' ORDER BY log_id")
                        .query(String.class)
                        .list())
                .containsExactly("recording=2", "release=2", "artist=2", "release-group=2");

        int lookups = fake.lookups();
        assertThat(annotate().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(fake.lookups()).as("a second run finds nothing new").isEqualTo(lookups);
        assertThat(jdbc.sql("SELECT count(*) FROM raw.annotation_queue_log")
                        .query(Long.class)
                        .single())
                .as("logged at most every five minutes")
                .isEqualTo(4);
    }

    @Test
    void updatedReannotatesWhatADumpReportsChangedAndItsContainers() throws SQLException {
        recordings(3);
        fake.artist(ARTIST, "Band", List.of());
        known(ARTIST, "artist");
        assertThat(annotate().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        jdbc.sql("UPDATE raw.musicbrainz_annotations SET ts_utc = now() - interval '2 days'")
                .update();
        jdbc.sql("INSERT INTO raw.musicbrainz_data_dumps (slug, packet_number, entity, dump_timestamp)"
                        + " VALUES ('recording-1', 1, 'recording', now() - interval '1 day')")
                .update();
        jdbc.sql("INSERT INTO raw.musicbrainz_data_dump_records (slug, mbid, json_data) VALUES ('recording-1', ?::uuid,"
                        + " CAST(? AS jsonb))")
                .params(mbid(1, 0), "{\"containers\": [{\"entity\": \"artist\", \"mbid\": \"" + ARTIST + "\"}]}")
                .update();
        fake.recording(mbid(1, 0), "Song 0 renamed", ARTIST, "Band", mbid(2, 0));
        int lookups = fake.lookups();

        assertThat(annotate("new=false", "updated=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(fake.lookups() - lookups).isEqualTo(2);
        assertThat(row(mbid(1, 0))).containsEntry("title", "Song 0 renamed");
        assertThat(annotate("new=false", "updated=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(fake.lookups() - lookups)
                .as("fetched after the dump: not again")
                .isEqualTo(2);
    }

    @Test
    void dropDeletesOnlyOldFailuresOfMbidsTheModelsNoLongerKnow() throws SQLException {
        jdbc.sql("""
                INSERT INTO raw.musicbrainz_annotations (mbid, entity, payload_json, ts_utc, last_error, last_error_at)
                VALUES (?::uuid, 'recording', NULL, now() - interval '180 days', 'HTTP 404: Not Found', now() - interval '180 days'),
                       (?::uuid, 'recording', NULL, now(), 'HTTP 404: Not Found', now()),
                       (?::uuid, 'recording', '{"id": "x"}', now() - interval '180 days', 'HTTP 503: x', now() - interval '180 days')
                """).params(mbid(7, 1), mbid(7, 2), mbid(7, 3)).update();

        assertThat(annotate("new=false").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(rows()).extracting(row -> row.get("mbid")).containsExactly(mbid(7, 2), mbid(7, 3));
    }

    @Test
    void eachBadAnswerIsTheFailureOfItsMbidAndTheRunGoesOn() throws SQLException {
        recordings(6);
        fake.answer(
                mbid(1, 5),
                new MockResponse.Builder()
                        .code(200)
                        .body("{\"id\": \"" + mbid(1, 5) + "\", \"title\": \"nul \\u0000 inside\"}")
                        .build());
        jdbc.sql("INSERT INTO analytics.mbids VALUES (?::uuid, 'recording')")
                .param(mbid(1, 99))
                .update();
        fake.answer(mbid(1, 1), FakeMusicBrainz.malformed());
        fake.answer(
                mbid(1, 2),
                IntStream.range(0, 5).mapToObj(i -> FakeMusicBrainz.truncated()).toArray(MockResponse[]::new));
        fake.answer(mbid(1, 3), FakeMusicBrainz.rateLimited(3));
        fake.answer(mbid(1, 4), FakeMusicBrainz.status(500, "Internal Server Error"));

        Outcome outcome = annotate();

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(row(mbid(1, 0))).containsEntry("title", "Song 0").containsEntry("last_error", null);
        assertThat((String) row(mbid(1, 1)).get("last_error")).startsWith("malformed JSON from MusicBrainz");
        assertThat((String) row(mbid(1, 2)).get("last_error")).contains("cut short");
        assertThat(row(mbid(1, 3))).containsEntry("title", "Song 3").containsEntry("last_error", null);
        assertThat(row(mbid(1, 4))).containsEntry("title", "Song 4").containsEntry("last_error", null);
        assertThat((String) row(mbid(1, 5)).get("last_error")).contains("NUL character");
        assertThat(row(mbid(1, 99)))
                .containsEntry("title", null)
                .containsEntry("last_error", "HTTP 404: Not Found")
                .containsEntry("failed_at", true);
    }

    @Test
    void aFailedReannotationKeepsTheLastGoodPayloadAndARetryClearsTheFailure() throws SQLException {
        recordings(1);
        assertThat(annotate().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        fake.answer(
                mbid(1, 0),
                IntStream.range(0, 5)
                        .mapToObj(i -> FakeMusicBrainz.status(503, "Service Unavailable"))
                        .toArray(MockResponse[]::new));

        Outcome stale = annotate("new=false", "before=2999-01-01");

        assertThat(stale.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(row(mbid(1, 0)))
                .containsEntry("title", "Song 0")
                .containsEntry("last_error", "HTTP 503: Service Unavailable after 5 attempts");

        assertThat(annotate("new=false", "retry-failures=true").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(row(mbid(1, 0))).containsEntry("title", "Song 0").containsEntry("last_error", null);
    }

    @Test
    void aRunCutOffMidwayAndRunAgainEndsWithTheRowsOfAnUninterruptedRun() throws SQLException {
        recordings(35);
        assertThat(annotate().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, Object>> uninterrupted = rows();
        jdbc.sql("TRUNCATE raw.musicbrainz_annotations").update();
        int lookupsBefore = fake.lookups();

        // MusicBrainz goes away in the second chunk: the job fails, the first chunk stays.
        fake.disconnectAfter(15);
        Outcome failed = annotate();
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.execution().problem()).contains("connection failed");
        assertThat(rows()).hasSize(10);

        fake.heal();
        Outcome resumed = annotate();

        assertThat(resumed.exitCode()).as(resumed.message()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(rows()).isEqualTo(uninterrupted);
        // 10 committed, 5 lost with the failed chunk, then the 25 still to do.
        assertThat(fake.lookups() - lookupsBefore).isEqualTo(15 + 25);
    }

    @Test
    void dependentsFollowArtistsToTheirReleasesAndReleasesToTheirGroups() throws SQLException {
        fake.artist(ARTIST, "Band", List.of(mbid(2, 0), mbid(2, 1)))
                .release(mbid(2, 0), "One", mbid(3, 0), ARTIST, "Band")
                .release(mbid(2, 1), "Two", mbid(3, 1), ARTIST, "Band")
                .releaseGroup(mbid(3, 0), "One", ARTIST, "Band")
                .releaseGroup(mbid(3, 1), "Two", ARTIST, "Band");
        known(ARTIST, "artist");

        Outcome outcome = annotate("dependents=true");

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(rows())
                .extracting(row -> row.get("entity") + " " + row.get("mbid"))
                .containsExactlyInAnyOrder(
                        "artist " + ARTIST,
                        "release " + mbid(2, 0),
                        "release " + mbid(2, 1),
                        "release-group " + mbid(3, 0),
                        "release-group " + mbid(3, 1));
    }

    @Test
    void partitionsSplitTheMbidsWithNoOverlapAndALimitBoundsARun() throws SQLException {
        recordings(12);

        assertThat(annotate("partition=0/2", "limit=100").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        int first = rows().size();
        assertThat(annotate("partition=1/2").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(first).isBetween(1, 11);
        assertThat(rows()).hasSize(12);
        assertThat(fake.lookups()).isEqualTo(12);

        jdbc.sql("TRUNCATE raw.musicbrainz_annotations").update();
        assertThat(annotate("limit=3").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(rows()).hasSize(3);
    }

    @Test
    void withoutBuiltModelsTheJobRefusesToStart() throws SQLException {
        jdbc.sql("DROP TABLE analytics.mbids").update();

        Outcome outcome = annotate("limit=1");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem()).contains("analytics.mbids does not exist", "build-models");
        assertThat(fake.hits()).isEmpty();
    }
}
