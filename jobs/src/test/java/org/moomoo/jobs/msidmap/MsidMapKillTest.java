package org.moomoo.jobs.msidmap;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.moomoo.jobs.worklist.Md5Key;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code msid-map} killed with SIGKILL in the middle of its lookup step (a third of the chunks
 * committed, from a slow fake ListenBrainz), then run again with the same command: the name map
 * equals that of an uninterrupted run.
 */
@Tag("kill")
class MsidMapKillTest {

    static final String JOB = "msid-map";
    static final int SONGS = 120;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension();

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension();

    static final MockWebServer SERVER = MockServers.started();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    /** Local file rows as MsidMapJobTest makes them; every tenth title is unknown to ListenBrainz. */
    static void songs(JdbcClient jdbc) {
        for (int n = 0; n < SONGS; n++) {
            String title = (n % 10 == 0 ? "Unknown " : "Song ") + n;
            jdbc.sql("insert into raw.local_music_files (filepath, recording_md5, recording_name, release_name,"
                            + " artist_name, json_data, file_created_at, file_modified_at)"
                            + " values (?, ?, ?, 'Post', 'Björk', '{}', now(), now())")
                    .params("Björk/Post/" + n + ".flac", Md5Key.of(title, "Post", "Björk"), title)
                    .update();
        }
    }

    @Test
    void killedMidLookupThenRunAgainStoresTheNameMapOfAnUninterruptedRun() {
        songs(REFERENCE.jdbc());
        songs(KILLED.jdbc());
        ScriptedListenBrainz listenBrainz = new ScriptedListenBrainz();
        listenBrainz.always(MsidMapJobTest.LOOKUP, MsidMapJobTest::lookup);
        SERVER.setDispatcher(new SlowDispatcher(listenBrainz, 25));
        KillHarness harness = new KillHarness(
                MoomooCommand.class.getName(),
                Map.of("MOOMOO_LISTENBRAINZ_URL", SERVER.url("/").toString(), "LISTENBRAINZ_USER_TOKEN", "lb-token"));
        harness.run(REFERENCE.database(), JOB, "new=true");

        harness.kill(KILLED.database(), jdbc -> KillHarness.inStep(jdbc, JOB, "lookup", 4), JOB, "new=true");
        long kept = KillHarness.count(KILLED.jdbc(), "select count(*) from raw.messybrainz_name_map");
        assertThat(kept).as("killed mid-step").isBetween(1L, SONGS - 1L);
        harness.resume(KILLED.database(), JOB, "new=true");

        String rows = "select recording_md5, recording_name, artist_name, release_name, success, payload_json"
                + " from raw.messybrainz_name_map order by recording_md5";
        assertThat(KillHarness.fingerprint(KILLED.jdbc(), rows))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), rows));
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.messybrainz_name_map"))
                .isEqualTo(SONGS);
    }
}
