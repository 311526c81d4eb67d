package org.moomoo.jobs.models;

import org.moomoo.models.BuildPlan;
import org.moomoo.models.ModelRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Swaps every built model into the target schema in one transaction. */
final class PublishBuildTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishBuildTasklet.class);

    private final ModelRunner runner;

    PublishBuildTasklet(ModelRunner runner) {
        this.runner = runner;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        BuildPlan plan = BuildRequest.plan(runner, context);
        long started = System.nanoTime();
        long buildId = runner.publish(plan);
        log.info(
                "build-models: published {} models to {} as build {} in {} ms",
                plan.models().size(),
                runner.settings().targetSchema(),
                buildId,
                (System.nanoTime() - started) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
