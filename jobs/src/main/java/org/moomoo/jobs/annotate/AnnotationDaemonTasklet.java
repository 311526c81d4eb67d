package org.moomoo.jobs.annotate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.moomoo.jobs.musicbrainz.MusicBrainzException;
import org.moomoo.jobs.musicbrainz.MusicBrainzException.Kind;
import org.moomoo.jobs.musicbrainz.MusicBrainzSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The loop of {@code annotation-daemon} (spec/ingest.md 5.3): queue a batch, annotate it (and its
 * dependents), pause (briefly after work, long when there was none), again, until
 * {@link DaemonStop} asks it to end. Each call does one small chunk and returns, so each chunk is
 * its own transaction and a stop waits for one lookup at most; the queue is chosen from the
 * tables, so a new start goes on where the last commit left off. MusicBrainz being unreachable
 * pauses the loop rather than ending it. Not final: Spring proxies it to scope it to one job
 * execution.
 */
class AnnotationDaemonTasklet implements Tasklet {

    static final int CHUNK_SIZE = 10;

    private static final Logger log = LoggerFactory.getLogger(AnnotationDaemonTasklet.class);

    private final DaemonParameters parameters;
    private final MusicBrainzSettings settings;
    private final AnnotationQueue queue;
    private final Annotator annotator;
    private final AnnotationsTable table;
    private final DaemonStop stop;
    private final Clock clock;
    private final Duration busyPause;
    private final Duration idlePause;
    private final Deque<Target> pending = new ArrayDeque<>();

    private boolean started;
    private boolean inBatch;
    private boolean dependentsDone;
    private long doneInBatch;
    private Duration nextPause = Duration.ZERO;

    AnnotationDaemonTasklet(
            DaemonParameters parameters,
            MusicBrainzSettings settings,
            AnnotationQueue queue,
            Annotator annotator,
            AnnotationsTable table,
            DaemonStop stop,
            Clock clock,
            Duration busyPause,
            Duration idlePause) {
        this.parameters = parameters;
        this.settings = settings;
        this.queue = queue;
        this.annotator = annotator;
        this.table = table;
        this.stop = stop;
        this.clock = clock;
        this.busyPause = busyPause;
        this.idlePause = idlePause;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (!started) {
            settings.requireContact(AnnotationDaemonJobConfig.JOB_NAME);
            queue.requireMbids();
            started = true;
            stop.started();
            log.info("Annotation daemon started; it stops on SIGTERM.");
        }
        try {
            return step(contribution);
        } catch (RuntimeException | InterruptedException e) {
            stop.finished();
            throw e;
        }
    }

    private RepeatStatus step(StepContribution contribution) throws InterruptedException {
        if (stop.requested()) {
            return stopped();
        }
        if (pending.isEmpty() && !refill()) {
            return stop.requested() ? stopped() : RepeatStatus.CONTINUABLE;
        }
        List<Annotation> annotations = new ArrayList<>();
        MusicBrainzException interrupted = null;
        while (annotations.size() < CHUNK_SIZE && !pending.isEmpty() && !stop.requested()) {
            try {
                annotations.add(annotator.process(pending.peekFirst()));
            } catch (MusicBrainzException e) {
                interrupted = e;
                break;
            }
            pending.removeFirst();
        }
        table.write(annotations);
        doneInBatch += annotations.size();
        contribution.incrementReadCount();
        contribution.incrementWriteCount(annotations.size());
        if (interrupted == null) {
            return RepeatStatus.CONTINUABLE;
        }
        if (interrupted.kind() == Kind.CANCELLED || stop.requested()) {
            return stopped();
        }
        // The service is down: nothing is recorded against the MBID whose lookup failed.
        log.warn("{}; pausing {} s", interrupted.getMessage(), idlePause.toSeconds());
        pending.clear();
        inBatch = false;
        nextPause = idlePause;
        return RepeatStatus.CONTINUABLE;
    }

    /** Queues the next work; false when there is none yet (after a pause that may have been stopped). */
    private boolean refill() throws InterruptedException {
        if (inBatch && parameters.dependents() && !dependentsDone) {
            List<Target> dependents = queue.dependents(parameters.partition(), parameters.batch());
            if (!dependents.isEmpty()) {
                log.info("Found {} dependent mbid(s) to annotate.", dependents.size());
                pending.addAll(dependents);
                return true;
            }
            dependentsDone = true;
        }
        if (inBatch) {
            log.info("Completed annotation batch: {} mbid(s).", doneInBatch);
            nextPause = doneInBatch > 0 ? busyPause : idlePause;
            inBatch = false;
        }
        if (!nextPause.isZero() && stop.await(nextPause)) {
            return false;
        }
        nextPause = Duration.ZERO;
        log.info("Starting annotation of batch of size {}.", parameters.batch());
        List<Target> batch = queue.choose(parameters.queue(clock.instant()));
        inBatch = true;
        dependentsDone = false;
        doneInBatch = 0;
        pending.addAll(batch);
        return !pending.isEmpty();
    }

    private RepeatStatus stopped() {
        log.info("Service stopped");
        stop.finished();
        return RepeatStatus.FINISHED;
    }
}
