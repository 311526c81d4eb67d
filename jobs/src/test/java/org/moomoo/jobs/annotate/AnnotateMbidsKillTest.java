package org.moomoo.jobs.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.SlowDispatcher;
import org.moomoo.jobs.musicbrainz.FakeMusicBrainz;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code annotate-mbids} killed with SIGKILL in the middle of its annotate step (a third of the
 * chunks committed, from a slow fake MusicBrainz), then run again with the same command: the
 * annotations equal those of an uninterrupted run.
 */
@Tag("kill")
class AnnotateMbidsKillTest {

    static final String JOB = "annotate-mbids";
    static final int RECORDINGS = 120;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension();

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension();

    static final MockWebServer SERVER = MockServers.started();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    /** The model the job reads, made by hand as AnnotateMbidsJobTest makes it. */
    static void knownRecordings(JdbcClient jdbc) {
        jdbc.sql("CREATE SCHEMA analytics").update();
        jdbc.sql("CREATE TABLE analytics.mbids (mbid uuid PRIMARY KEY, entity varchar)")
                .update();
        for (int i = 0; i < RECORDINGS; i++) {
            jdbc.sql("INSERT INTO analytics.mbids VALUES (?::uuid, 'recording')")
                    .param(AnnotateMbidsJobTest.mbid(1, i))
                    .update();
        }
    }

    @Test
    void killedMidAnnotateThenRunAgainStoresTheAnnotationsOfAnUninterruptedRun() {
        knownRecordings(REFERENCE.jdbc());
        knownRecordings(KILLED.jdbc());
        FakeMusicBrainz musicBrainz = new FakeMusicBrainz();
        for (int i = 0; i < RECORDINGS; i++) {
            musicBrainz.recording(
                    AnnotateMbidsJobTest.mbid(1, i),
                    "Song " + i,
                    AnnotateMbidsJobTest.ARTIST,
                    "Band",
                    AnnotateMbidsJobTest.mbid(2, i));
        }
        SERVER.setDispatcher(new SlowDispatcher(musicBrainz, 25));
        KillHarness harness = new KillHarness(
                MoomooCommand.class.getName(),
                Map.of(
                        "MOOMOO_MUSICBRAINZ_URL", SERVER.url("/ws/2/").toString(),
                        "MOOMOO_CONTACT_EMAIL", "listener@example.org",
                        // The server is slow already; the one-a-second schedule would make the test a minute longer.
                        "SPRING_APPLICATION_JSON", "{\"moomoo.musicbrainz.min-interval\": \"0s\"}"));
        harness.run(REFERENCE.database(), JOB);

        harness.kill(KILLED.database(), jdbc -> KillHarness.inStep(jdbc, JOB, "annotate", 4), JOB);
        long kept = KillHarness.count(KILLED.jdbc(), "select count(*) from raw.musicbrainz_annotations");
        assertThat(kept).as("killed mid-step").isBetween(1L, RECORDINGS - 1L);
        harness.resume(KILLED.database(), JOB);

        String rows = "select mbid, entity, payload_json, last_error from raw.musicbrainz_annotations order by mbid";
        assertThat(KillHarness.fingerprint(KILLED.jdbc(), rows))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), rows));
        assertThat(KillHarness.count(
                        KILLED.jdbc(), "select count(*) from raw.musicbrainz_annotations where entity = 'recording'"))
                .isEqualTo(RECORDINGS);
    }
}
