package org.moomoo.jobs.musicbrainzdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.NoWaiting;
import org.moomoo.jobs.listenbrainz.RecordingSleeper;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code musicbrainz-data-dump} against a mock MetaBrainz live data feed. */
@JobTest
@Import(NoWaiting.class)
class MusicBrainzDumpJobTest {

    static final MockWebServer SERVER = MockServers.started();
    static final FakeMetaBrainz FEED = new FakeMetaBrainz();
    static final String TOKEN = "secret-live-data-token";

    @DynamicPropertySource
    static void feed(DynamicPropertyRegistry properties) {
        SERVER.setDispatcher(FEED);
        properties.add(
                "MOOMOO_MUSICBRAINZ_DUMPS_URL",
                () -> SERVER.url("/api/musicbrainz").toString());
        properties.add("METABRAINZ_LIVE_DATA_TOKEN", () -> TOKEN);
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingSleeper sleeper;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void emptyTables() {
        FEED.reset();
        sleeper.clear();
        jdbc.sql("delete from raw.musicbrainz_data_dump_records").update();
        jdbc.sql("delete from raw.musicbrainz_data_dumps").update();
        jdbc.sql("delete from raw.musicbrainz_annotations").update();
    }

    private Outcome run(String... arguments) throws SQLException {
        return jobs.run("musicbrainz-data-dump", List.of(arguments));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from raw." + table)
                .query(Integer.class)
                .single();
    }

    private List<String> records() {
        return jdbc.sql("select slug, mbid::text, json_data::text from raw.musicbrainz_data_dump_records"
                        + " order by slug, mbid")
                .query((row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3))
                .list();
    }

    @Test
    void theFirstRunFetchesAWeekOfHourlyPacketsAndTheNextOnlyNewOnes() throws SQLException {
        // when
        Outcome first = run("entity=artist");

        // then
        assertThat(first.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(count("musicbrainz_data_dumps")).isEqualTo(169);
        assertThat(count("musicbrainz_data_dump_records")).isEqualTo(1690);
        assertThat(jdbc.sql("select min(packet_number) || '-' || max(packet_number) from raw.musicbrainz_data_dumps")
                        .query(String.class)
                        .single())
                .isEqualTo("832-1000");
        assertThat(FEED.tokens()).containsOnly(TOKEN);
        assertThat(first.message() + first.execution().problem()).doesNotContain(TOKEN);

        // when: two more hours published
        FEED.latest(1002);
        Outcome second = run("entity=artist");

        // then
        assertThat(second.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(count("musicbrainz_data_dumps")).isEqualTo(171);
        assertThat(second.execution().steps().get(0).read()).isEqualTo(2);
        assertThat(run("entity=artist").execution().steps().get(0).read()).isZero();
    }

    @Test
    void storesTheContainersOfEachChangeOnceAndTheDumpsTimestamp() throws SQLException {
        // given: a release changed twice in the hour, the later change wins
        String release = "{\"id\": \"" + PacketArchives.mbid(1) + "\", \"release-group\": {\"id\": \""
                + PacketArchives.mbid(2) + "\"}, \"artist-credit\": [{\"artist\": {\"id\": \"" + PacketArchives.mbid(3)
                + "\"}}, {\"artist\": {\"id\": \"" + PacketArchives.mbid(4) + "\"}}]}";
        String older = "{\"id\": \"" + PacketArchives.mbid(1) + "\", \"release-group\": {\"id\": \""
                + PacketArchives.mbid(9) + "\"}, \"artist-credit\": []}";
        FEED.answer(500, "release", FakeMetaBrainz.dump(PacketArchives.of("release", older + "\n" + release + "\n")));

        // when
        Outcome outcome = run("entity=release", "packet=500");

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(records())
                .containsExactly("500-release " + PacketArchives.mbid(1) + " {\"containers\": [{\"mbid\": \""
                        + PacketArchives.mbid(2) + "\", \"entity\": \"release-group\"}, {\"mbid\": \""
                        + PacketArchives.mbid(3) + "\", \"entity\": \"artist\"}, {\"mbid\": \"" + PacketArchives.mbid(4)
                        + "\", \"entity\": \"artist\"}]}");
        Map<String, Object> dump = jdbc.sql(
                        "select slug, packet_number, entity, dump_timestamp from raw.musicbrainz_data_dumps")
                .query()
                .singleRow();
        assertThat(dump).containsEntry("slug", "500-release").containsEntry("packet_number", 500);
        assertThat(((Timestamp) dump.get("dump_timestamp")).toInstant())
                .isEqualTo(Instant.parse("2025-12-04T23:31:59.823155Z"));
    }

    @Test
    void anHourWithoutChangesIsSkippedAndAnyOtherErrorFailsTheRunWhichTheNextRunCompletes() throws SQLException {
        // given
        FEED.latest(174);
        FEED.answer(8, "artist", FakeMetaBrainz.noDump());
        FEED.answer(
                9,
                "artist",
                new MockResponse.Builder()
                        .code(500)
                        .body("Internal Server Error")
                        .build());

        // when
        Outcome failed = run("entity=artist");

        // then: packets 6 to 8 were stored (8 had no dump), the 500 failed the run
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.execution().problem())
                .contains("dump 9-artist: HTTP 500")
                .doesNotContain(TOKEN);
        assertThat(jdbc.sql("select packet_number from raw.musicbrainz_data_dumps order by 1")
                        .query(Integer.class)
                        .list())
                .containsExactly(6, 7);

        // when: the feed recovers
        FEED.answer(9, "artist", FakeMetaBrainz.dump(PacketArchives.of("artist", PacketArchives.artists(900, 10))));
        Outcome resumed = run("entity=artist");

        // then: the same tables as an uninterrupted run into empty tables
        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(count("musicbrainz_data_dumps")).isEqualTo(168);
        List<String> afterRecovery = records();
        jdbc.sql("delete from raw.musicbrainz_data_dump_records").update();
        jdbc.sql("delete from raw.musicbrainz_data_dumps").update();
        assertThat(run("entity=artist").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(records()).isEqualTo(afterRecovery).hasSize(1680);
    }

    @Test
    void connectionFailuresAreRetriedAfterOneThenTwoSeconds() throws SQLException {
        // given
        FEED.latest(168);
        MockResponse cut = new MockResponse.Builder()
                .code(200)
                .onResponseStart(new SocketEffect.CloseSocket(true, true, true))
                .build();
        SERVER.setDispatcher(new mockwebserver3.Dispatcher() {
            private int cuts;

            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest request) throws InterruptedException {
                if (request.getUrl().encodedPath().endsWith("json-dump-1/recording.tar.xz") && cuts++ < 2) {
                    return cut;
                }
                FEED.answer(
                        1,
                        "recording",
                        FakeMetaBrainz.dump(PacketArchives.of("recording", PacketArchives.artists(1, 3))));
                return FEED.dispatch(request);
            }
        });
        try {
            // when
            Outcome outcome = run("entity=recording", "packet=1");

            // then
            assertThat(outcome.exitCode()).as(outcome.execution().problem()).isEqualTo(ExitCodes.COMPLETED);
            assertThat(count("musicbrainz_data_dump_records")).isEqualTo(3);
            assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        } finally {
            SERVER.setDispatcher(FEED);
        }
    }

    @Test
    void storedChangesMakeTheAnnotationsOfTheChangedMbidsAndTheirContainersStale() throws SQLException {
        // given: a recording, an artist it does not name, a release and its group, annotated two days before
        String release = "{\"id\": \"" + PacketArchives.mbid(1) + "\", \"release-group\": {\"id\": \""
                + PacketArchives.mbid(2) + "\"}, \"artist-credit\": []}";
        FEED.answer(7, "release", FakeMetaBrainz.dump(PacketArchives.of("release", release)));
        Instant dumped = Instant.parse("2025-12-04T23:31:59.823155Z");
        for (int i = 1; i <= 3; i++) {
            jdbc.sql("insert into raw.musicbrainz_annotations (mbid, entity, payload_json, ts_utc)"
                            + " values (?::uuid, ?, '{}'::jsonb, ?)")
                    .params(
                            PacketArchives.mbid(i),
                            i == 1 ? "release" : i == 2 ? "release-group" : "artist",
                            Timestamp.from(dumped.minus(Duration.ofDays(2))))
                    .update();
        }
        // one annotation made after the change: not stale
        jdbc.sql("update raw.musicbrainz_annotations set ts_utc = ? where mbid = ?::uuid")
                .params(Timestamp.from(dumped.plus(Duration.ofHours(1))), PacketArchives.mbid(2))
                .update();

        // when
        assertThat(run("entity=release", "packet=7").exitCode()).isEqualTo(ExitCodes.COMPLETED);

        // then: the "updated" selector of annotate-mbids (spec/ingest.md 5.2) picks the release only
        List<String> stale = jdbc.sql("""
                        with updates as (
                            select d.entity, r.mbid, max(d.dump_timestamp) as ts
                            from raw.musicbrainz_data_dump_records r join raw.musicbrainz_data_dumps d using (slug)
                            group by 1, 2
                            union all
                            select c ->> 'entity', (c ->> 'mbid')::uuid, max(d.dump_timestamp)
                            from raw.musicbrainz_data_dump_records r join raw.musicbrainz_data_dumps d using (slug),
                                jsonb_array_elements(r.json_data -> 'containers') c
                            group by 1, 2)
                        select a.mbid::text from raw.musicbrainz_annotations a
                        join (select entity, mbid, max(ts) as ts from updates group by 1, 2) u using (entity, mbid)
                        where a.ts_utc < u.ts + interval '20 minutes' order by 1
                        """).query(String.class).list();
        assertThat(stale).containsExactly(PacketArchives.mbid(1));
        assertThat(count("musicbrainz_annotations")).isEqualTo(3);
    }

    @Test
    void dropAgeDaysDeletesOldDumpsWithoutFetchingThemAgain() throws SQLException {
        // given
        FEED.latest(168);
        assertThat(run("entity=artist", "packet=5").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        jdbc.sql("update raw.musicbrainz_data_dumps set dump_timestamp = now() - interval '365 days'")
                .update();

        // when
        Outcome outcome = run("entity=artist", "packet=6", "drop-age-days=180");

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(jdbc.sql("select slug from raw.musicbrainz_data_dumps")
                        .query(String.class)
                        .list())
                .containsExactly("6-artist");
        assertThat(count("musicbrainz_data_dump_records")).isEqualTo(10);
    }
}
