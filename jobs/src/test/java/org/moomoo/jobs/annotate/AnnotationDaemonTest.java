package org.moomoo.jobs.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.NoWaiting;
import org.moomoo.jobs.musicbrainz.FakeMusicBrainz;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code annotation-daemon} run in-process and stopped the way SIGTERM stops it: Spring's
 * shutdown hook closes the context, whose first act is to hand {@link DaemonStop} a
 * {@link ContextClosedEvent}. The test hands it that event itself rather than closing the
 * context (or publishing the event to every listener: the test database's own listener would
 * drop the database), so that the context stays usable for the checks and the second start.
 */
@JobTest
@Import(NoWaiting.class)
class AnnotationDaemonTest {

    static final MockWebServer SERVER = MockServers.started();
    static final FakeMusicBrainz FAKE = new FakeMusicBrainz();
    static final int MBIDS = 30;

    @DynamicPropertySource
    static void musicBrainz(DynamicPropertyRegistry properties) {
        properties.add("MOOMOO_MUSICBRAINZ_URL", () -> SERVER.url("/ws/2/").toString());
        properties.add("MOOMOO_CONTACT_EMAIL", () -> "listener@example.org");
        // Slow enough that a stop lands mid-queue: about 3 s for the 30 MBIDs.
        properties.add("moomoo.musicbrainz.min-interval", () -> "100ms");
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    DaemonStop daemonStop;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    private long annotated() {
        return jdbc.sql("SELECT count(*) FROM raw.musicbrainz_annotations WHERE payload_json IS NOT NULL")
                .query(Long.class)
                .single();
    }

    private void waitFor(LongPredicate rows) throws InterruptedException {
        // A wait for a state, not a timed assertion: generous, and it returns as soon as the state holds.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!rows.test(annotated())) {
            assertThat(System.nanoTime()).as("waiting for annotations").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private CompletableFuture<Outcome> start() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return jobs.run("annotation-daemon", List.of("reannotate-after-days=0"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Outcome sigterm(CompletableFuture<Outcome> daemon) throws Exception {
        daemonStop.onApplicationEvent(new ContextClosedEvent(context));
        return daemon.get(60, TimeUnit.SECONDS);
    }

    @Test
    void stopsCleanlyOnTheShutdownPathAndGoesOnWhereItStoppedWhenStartedAgain() throws Exception {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS analytics").update();
        jdbc.sql("CREATE TABLE analytics.mbids (mbid uuid PRIMARY KEY, entity varchar)")
                .update();
        for (int i = 0; i < MBIDS; i++) {
            String mbid = AnnotateMbidsJobTest.mbid(1, i);
            FAKE.recording(mbid, "Song " + i, AnnotateMbidsJobTest.ARTIST, "Band", AnnotateMbidsJobTest.mbid(2, i));
            jdbc.sql("INSERT INTO analytics.mbids VALUES (?::uuid, 'recording')")
                    .param(mbid)
                    .update();
        }
        SERVER.setDispatcher(FAKE);

        CompletableFuture<Outcome> first = start();
        waitFor(rows -> rows >= 5);
        Outcome stopped = sigterm(first);

        assertThat(stopped.exitCode()).as(stopped.message()).isEqualTo(ExitCodes.COMPLETED);
        long afterStop = annotated();
        assertThat(afterStop).isBetween(5L, MBIDS - 1L);
        assertThat(jdbc.sql("SELECT count(*) FROM raw.musicbrainz_annotations")
                        .query(Long.class)
                        .single())
                .as("no failure recorded for the lookup the stop cancelled")
                .isEqualTo(afterStop);
        int lookupsAtStop = FAKE.lookups();

        CompletableFuture<Outcome> second = start();
        waitFor(rows -> rows == MBIDS);
        Outcome stoppedAgain = sigterm(second);

        assertThat(stoppedAgain.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(annotated()).isEqualTo(MBIDS);
        // The second start looked up only what the first had not stored (plus at most the one cancelled).
        assertThat(FAKE.lookups() - lookupsAtStop).isBetween(MBIDS - (int) afterStop, MBIDS - (int) afterStop + 1);
    }
}
