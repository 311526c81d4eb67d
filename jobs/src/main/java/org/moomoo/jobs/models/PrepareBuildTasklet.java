package org.moomoo.jobs.models;

import org.moomoo.models.BuildPlan;
import org.moomoo.models.ModelRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Starts a build: an empty build schema (whatever an earlier attempt of it left is dropped). */
final class PrepareBuildTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PrepareBuildTasklet.class);

    private final ModelRunner runner;

    PrepareBuildTasklet(ModelRunner runner) {
        this.runner = runner;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        BuildPlan plan = BuildRequest.plan(runner, context);
        runner.prepare(plan, true);
        log.info(
                "build-models: {} of {} models into {}, then published to {}{}",
                plan.models().size(),
                runner.project().models().size(),
                plan.buildSchema(),
                runner.settings().targetSchema(),
                plan.fixedNow() == null ? "" : " (now = " + plan.fixedNow() + ")");
        return RepeatStatus.FINISHED;
    }
}
