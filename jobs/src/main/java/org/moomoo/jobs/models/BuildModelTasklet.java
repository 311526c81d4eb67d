package org.moomoo.jobs.models;

import java.util.Locale;
import java.util.stream.Collectors;
import org.moomoo.models.BuildPlan;
import org.moomoo.models.ModelResult;
import org.moomoo.models.ModelRunner;
import org.moomoo.models.TestResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Builds and tests one model, when the build selected it; reports rows, time, tests, malformed values
 * and the rows per value of its count_by column.
 */
final class BuildModelTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BuildModelTasklet.class);

    private final ModelRunner runner;
    private final String model;

    BuildModelTasklet(ModelRunner runner, String model) {
        this.runner = runner;
        this.model = model;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        BuildPlan plan = BuildRequest.plan(runner, context);
        if (!plan.includes(model)) {
            return RepeatStatus.FINISHED;
        }
        ModelResult result = runner.build(plan, model);
        if (result.rows() >= 0) {
            contribution.incrementWriteCount(result.rows());
        }
        log.info(
                "build-models: [{}/{}] {}",
                plan.models().indexOf(model) + 1,
                plan.models().size(),
                line(result));
        for (TestResult warning : result.failures()) {
            log.warn("build-models: warning: {}", warning.summary());
        }
        return RepeatStatus.FINISHED;
    }

    static String line(ModelResult result) {
        String rows = result.rows() >= 0 ? String.format(Locale.ROOT, "%,d rows", result.rows()) : "-";
        String tests = result.tests().isEmpty()
                ? "no tests"
                : result.testsPassed() + "/" + result.tests().size() + " tests passed";
        String malformed = result.malformed() == 0
                ? ""
                : String.format(Locale.ROOT, "  %,d malformed values set to NULL", result.malformed());
        String counts = result.counts().isEmpty()
                ? ""
                : result.counts().entrySet().stream()
                        .map(count -> String.format(Locale.ROOT, "%s %,d", count.getKey(), count.getValue()))
                        .collect(Collectors.joining(", ", "  rows by " + result.countBy() + ": ", ""));
        return String.format(
                Locale.ROOT,
                "%-44s %-11s %14s %8.2f s  %s%s%s",
                result.model(),
                result.materialization().name().toLowerCase(Locale.ROOT),
                rows,
                result.time().toNanos() / 1e9,
                tests,
                malformed,
                counts);
    }
}
