package org.moomoo.jobs.models;

import org.moomoo.models.BuildPlan;
import org.moomoo.models.ModelRunner;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The plan of the running build, derived from its job parameters and its job instance, so every
 * step (and every restart of the same instance) sees the same models, build schema and clock.
 */
final class BuildRequest {

    private BuildRequest() {}

    static BuildPlan plan(ModelRunner runner, ChunkContext context) {
        JobExecution execution = context.getStepContext().getStepExecution().getJobExecution();
        BuildModelsParameters parameters = BuildModelsParameters.from(execution.getJobParameters());
        return runner.plan(
                parameters.select(),
                String.valueOf(execution.getJobInstance().getInstanceId()),
                parameters.now(),
                parameters.fullRefresh());
    }
}
