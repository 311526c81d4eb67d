package org.moomoo.jobs.conditioner;

import static org.moomoo.jobs.flow.ChooseThenWork.NOTHING_TO_DO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1 of {@code conditioner-apply}: ends the job quietly when no conditioner was fitted for the
 * embedder. Not final: Spring proxies it to scope it to one job execution.
 */
class RequireConditionerTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RequireConditionerTasklet.class);

    private final String embedder;
    private final ConditionerStore store;

    RequireConditionerTasklet(String embedder, ConditionerStore store) {
        this.embedder = embedder;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (store.current(embedder).isEmpty()) {
            log.info("No conditioner fitted for {} yet: run conditioner-build first. Nothing to apply.", embedder);
            contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, "no conditioner for " + embedder));
        }
        return RepeatStatus.FINISHED;
    }
}
