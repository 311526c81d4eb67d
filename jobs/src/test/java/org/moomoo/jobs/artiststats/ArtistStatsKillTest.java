package org.moomoo.jobs.artiststats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moomoo.jobs.listenbrainz.ScriptedListenBrainz.ok;

import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.ScriptedListenBrainz;
import org.moomoo.jobs.listenbrainz.SlowDispatcher;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code artist-stats} killed with SIGKILL in the middle of its fetch step (a third of the chunks
 * committed, from a slow fake ListenBrainz), then run again with the same command: the stats
 * equal those of an uninterrupted run.
 */
@Tag("kill")
class ArtistStatsKillTest {

    static final String JOB = "artist-stats";
    static final int ARTISTS = 120;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension();

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension();

    static final MockWebServer SERVER = MockServers.started();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    /** The model the job reads, made by hand as ArtistStatsJobTest makes it. */
    static void knownArtists(JdbcClient jdbc) {
        jdbc.sql("create schema analytics").update();
        jdbc.sql("create table analytics.mbids (mbid uuid primary key, entity varchar)")
                .update();
        jdbc.sql(
                        "insert into analytics.mbids select format('00000000-0000-4000-8000-%s', lpad(n::text, 12, '0'))::uuid,"
                                + " 'artist' from generate_series(0, ?) as n")
                .param(ARTISTS - 1)
                .update();
    }

    @Test
    void killedMidFetchThenRunAgainStoresTheStatsOfAnUninterruptedRun() {
        knownArtists(REFERENCE.jdbc());
        knownArtists(KILLED.jdbc());
        ScriptedListenBrainz listenBrainz = new ScriptedListenBrainz();
        for (int n = 0; n < ARTISTS; n++) {
            listenBrainz.always(
                    ArtistStatsJobTest.path(n), url -> ok(FakeListenBrainz.fixtureText("artist-listeners.json")));
        }
        SERVER.setDispatcher(new SlowDispatcher(listenBrainz, 25));
        KillHarness harness = new KillHarness(
                MoomooCommand.class.getName(),
                Map.of("MOOMOO_LISTENBRAINZ_URL", SERVER.url("/").toString(), "LISTENBRAINZ_USER_TOKEN", "lb-token"));
        harness.run(REFERENCE.database(), JOB, "new=true");

        harness.kill(KILLED.database(), jdbc -> KillHarness.inStep(jdbc, JOB, "fetch", 4), JOB, "new=true");
        long kept = KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_artist_stats");
        assertThat(kept).as("killed mid-step").isBetween(1L, ARTISTS - 1L);
        harness.resume(KILLED.database(), JOB, "new=true");

        String rows = "select mbid, payload_json from raw.listenbrainz_artist_stats order by mbid";
        assertThat(KillHarness.fingerprint(KILLED.jdbc(), rows))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), rows));
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_artist_stats"))
                .isEqualTo(ARTISTS);
    }
}
