package org.moomoo.jobs.listens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz.Order;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.SlowDispatcher;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;

/**
 * {@code listens} killed with SIGKILL in the middle of its fetch step (a third of the pages
 * committed, from a slow fake ListenBrainz), then run again with the same command: the stored
 * listens equal those of an uninterrupted run.
 */
@Tag("kill")
class ListensKillTest {

    static final String JOB = "listens";
    static final int LISTENS = 3_000;
    static final int PAGES = LISTENS / 100;
    static final long T0 = 1_700_000_000L;

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
    void killedMidFetchThenRunAgainStoresTheListensOfAnUninterruptedRun() {
        FakeListenBrainz history = new FakeListenBrainz("killed", Order.NEWEST_FIRST);
        // Seven listens a second, so that page edges fall inside a second, as in ListensJobTest.
        IntStream.range(0, LISTENS).forEach(i -> history.listen(T0 + (i / 7) * 60L, i));
        SERVER.setDispatcher(new SlowDispatcher(history, 100));
        KillHarness harness = new KillHarness(
                MoomooCommand.class.getName(),
                Map.of("MOOMOO_LISTENBRAINZ_URL", SERVER.url("/").toString(), "LISTENBRAINZ_USER_TOKEN", "lb-token"));
        String[] command = {
            "username=killed", "from=" + Instant.ofEpochSecond(T0 - 3600), "to=" + Instant.ofEpochSecond(T0 + 86_400)
        };
        harness.run(REFERENCE.database(), JOB, command);

        harness.kill(KILLED.database(), jdbc -> KillHarness.inStep(jdbc, JOB, "fetch", PAGES / 3), JOB, command);
        long kept = KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_listens");
        assertThat(kept).as("killed mid-step").isBetween(1L, LISTENS - 1L);
        harness.resume(KILLED.database(), JOB, command);

        String rows = "select listen_md5, username, json_data, listen_at_ts_utc from raw.listenbrainz_listens"
                + " order by listen_md5";
        assertThat(KillHarness.fingerprint(KILLED.jdbc(), rows))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), rows));
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_listens"))
                .isEqualTo(LISTENS);
    }
}
