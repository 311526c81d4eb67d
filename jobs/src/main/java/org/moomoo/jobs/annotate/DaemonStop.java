package org.moomoo.jobs.annotate;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.moomoo.jobs.musicbrainz.MusicBrainzClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Stops {@code annotation-daemon} cleanly when the application closes: SIGTERM runs Spring's
 * shutdown hook, which closes the context, which first announces it with a
 * {@link ContextClosedEvent}, while the database is still open. This then asks the loop to stop,
 * cancels the MusicBrainz call in flight, and waits (a few seconds at most) until the loop has
 * committed what it finished and ended.
 */
final class DaemonStop implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(DaemonStop.class);

    private final ObjectProvider<MusicBrainzClient> client;
    private final Duration grace;
    private final Object lock = new Object();
    private boolean requested;
    private CountDownLatch running = new CountDownLatch(0);

    DaemonStop(ObjectProvider<MusicBrainzClient> client, Duration grace) {
        this.client = client;
        this.grace = grace;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stopAndWait();
    }

    /** Called by the loop as it starts. */
    void started() {
        synchronized (lock) {
            requested = false;
            running = new CountDownLatch(1);
        }
        client.ifAvailable(MusicBrainzClient::resume);
    }

    /** Called by the loop as it ends. */
    void finished() {
        synchronized (lock) {
            running.countDown();
        }
    }

    boolean requested() {
        synchronized (lock) {
            return requested;
        }
    }

    /** Waits {@code pause}, or less when a stop is asked for; says whether one was. */
    boolean await(Duration pause) throws InterruptedException {
        long deadline = System.nanoTime() + pause.toNanos();
        synchronized (lock) {
            while (!requested) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return requested;
        }
    }

    /** Asks the loop to stop and waits until it has, at most the grace period. */
    void stopAndWait() {
        CountDownLatch loop;
        synchronized (lock) {
            if (running.getCount() == 0) {
                return;
            }
            requested = true;
            lock.notifyAll();
            loop = running;
        }
        log.info("Stopping the annotation daemon...");
        client.ifAvailable(MusicBrainzClient::cancelAll);
        try {
            if (!loop.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The annotation daemon did not stop within {} s", grace.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
