package org.moomoo.jobs.models;

import java.time.Instant;
import org.moomoo.models.BuildPlan;
import org.moomoo.models.ModelRunner;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The plan of the running build, derived from its job parameters and its job instance, so every
 * step (and every restart of the same instance) sees the same models, build schema and clock.
 */
final class BuildRequest {

    private BuildRequest() {
    }

    static BuildPlan plan(ModelRunner runner, ChunkContext context) {
        JobExecution execution = context.getStepContext().getStepExecution().getJobExecution();
        JobParameters parameters = execution.getJobParameters();
        String now = parameters.getString("now");
        return runner.plan(parameters.getString("select"), String.valueOf(execution.getJobInstance().getInstanceId()),
                now == null ? null : Instant.parse(now), Boolean.parseBoolean(parameters.getString("full-refresh")));
    }
}
