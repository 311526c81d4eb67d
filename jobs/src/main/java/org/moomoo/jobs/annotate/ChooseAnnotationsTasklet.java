package org.moomoo.jobs.annotate;

import static org.moomoo.jobs.flow.ChooseThenWork.NOTHING_TO_DO;

import java.util.List;
import org.moomoo.jobs.musicbrainz.MusicBrainzSettings;
import org.moomoo.jobs.worklist.WorkList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1 of {@code annotate-mbids}: refuses to start without a MusicBrainz contact or before the
 * models were built, deletes dangling failures, and chooses the queue. Not final: Spring proxies
 * it to scope it to one job execution.
 */
class ChooseAnnotationsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ChooseAnnotationsTasklet.class);

    private final AnnotateParameters parameters;
    private final MusicBrainzSettings settings;
    private final AnnotationQueue queue;
    private final WorkList<Target> chosen;

    ChooseAnnotationsTasklet(
            AnnotateParameters parameters,
            MusicBrainzSettings settings,
            AnnotationQueue queue,
            WorkList<Target> chosen) {
        this.parameters = parameters;
        this.settings = settings;
        this.queue = queue;
        this.chosen = chosen;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        settings.requireContact(AnnotateMbidsJobConfig.JOB_NAME);
        queue.requireMbids();
        if (parameters.drop()) {
            queue.dropDangling();
        }
        List<Target> todo = queue.choose(parameters.queue());
        if (todo.isEmpty() && !parameters.dependents()) {
            log.info("Nothing to do.");
            contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, "no MBID is queued"));
        } else {
            log.info("Annotating {} total mbid(s)...", todo.size());
        }
        chosen.set(todo);
        return RepeatStatus.FINISHED;
    }
}
