package org.moomoo.jobs.models;

import java.util.List;
import org.moomoo.models.ModelRunner;
import org.moomoo.models.TestResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Runs the data tests of the raw tables the selected models read, before any model is built. */
final class SourceTestsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SourceTestsTasklet.class);

    private final ModelRunner runner;

    SourceTestsTasklet(ModelRunner runner) {
        this.runner = runner;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        List<TestResult> results = runner.testSources(BuildRequest.plan(runner, context));
        long passed = results.stream().filter(TestResult::passed).count();
        log.info("build-models: sources  {}/{} tests passed", passed, results.size());
        results.stream().filter(r -> !r.passed()).forEach(r -> log.warn("build-models: warning: {}", r.summary()));
        return RepeatStatus.FINISHED;
    }
}
