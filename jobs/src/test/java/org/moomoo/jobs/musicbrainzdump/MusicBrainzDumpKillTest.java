package org.moomoo.jobs.musicbrainzdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;

/**
 * {@code musicbrainz-data-dump} killed with SIGKILL in the middle of its first run's week of
 * packets (a third of them stored, from a slow fake feed), then run again with the same command:
 * its tables equal those of an uninterrupted run (issues 13 and 16).
 */
@Tag("kill")
class MusicBrainzDumpKillTest {

    static final String JOB = "musicbrainz-data-dump";
    static final int PACKETS = FetchPacketsTasklet.FIRST_RUN_BACKLOG + 1;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension();

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension();

    static final MockWebServer SERVER = MockServers.started();
    static final FakeMetaBrainz FEED = new FakeMetaBrainz();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void killedMidWeekThenRunAgainStoresTheTablesOfAnUninterruptedRun() {
        SERVER.setDispatcher(FEED);
        FEED.delay(20);
        KillHarness harness = new KillHarness(
                MoomooCommand.class.getName(),
                Map.of(
                        "MOOMOO_MUSICBRAINZ_DUMPS_URL",
                        SERVER.url("/api/musicbrainz").toString(),
                        "METABRAINZ_LIVE_DATA_TOKEN",
                        "secret-live-data-token"));
        harness.run(REFERENCE.database(), JOB, "entity=artist");

        harness.kill(
                KILLED.database(),
                jdbc -> KillHarness.inStep(jdbc, JOB, "fetch-packets", PACKETS / 3),
                JOB,
                "entity=artist");
        long kept = KillHarness.count(KILLED.jdbc(), "select count(*) from raw.musicbrainz_data_dumps");
        assertThat(kept).as("killed mid-step").isBetween(1L, PACKETS - 1L);
        harness.resume(KILLED.database(), JOB, "entity=artist");

        for (String table : new String[] {
            "select slug, packet_number, entity, dump_timestamp from raw.musicbrainz_data_dumps order by slug",
            "select slug, mbid, json_data from raw.musicbrainz_data_dump_records order by slug, mbid"
        }) {
            assertThat(KillHarness.fingerprint(KILLED.jdbc(), table))
                    .as(table)
                    .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), table));
        }
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.musicbrainz_data_dumps"))
                .isEqualTo(PACKETS);
    }
}
