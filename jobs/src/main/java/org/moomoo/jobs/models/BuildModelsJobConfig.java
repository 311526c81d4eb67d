package org.moomoo.jobs.models;

import java.util.Map;
import java.util.function.Consumer;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.models.ModelDefinitionException;
import org.moomoo.models.ModelProject;
import org.moomoo.models.ModelRunner;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code build-models}: every model of sql-models built into a build schema, tested, and
 * published in one transaction (DESIGN section 6).
 *
 * <pre>
 * prepare (build schema) -> sources (their tests) -> one step per model, in dependency order -> publish
 * </pre>
 *
 * A failed model or test fails its step and publishes nothing; running the same command again
 * resumes at that model with the models built before it kept.
 */
@Configuration(proxyBeanMethods = false)
public class BuildModelsJobConfig {

    static final String JOB_NAME = "build-models";

    /** The job as {@code jobs list} shows it, without the model project that checks {@code select}. */
    public static JobDescription listedDescription() {
        return description(BuildModelsParameters::checkNow);
    }

    // The project is loaded (its templates rendered) only to check a build-models command.
    @Bean
    JobDescription buildModelsDescription(ObjectProvider<ModelProject> project) {
        return description(arguments -> {
            checkSelect(project.getObject(), arguments);
            BuildModelsParameters.checkNow(arguments);
        });
    }

    private static JobDescription description(Consumer<Map<String, String>> check) {
        return new JobDescription(
                JOB_NAME,
                "build, test and publish the SQL models into the analytics schema",
                BuildModelsParameters.SPECS,
                check);
    }

    private static void checkSelect(ModelProject project, Map<String, String> arguments) {
        try {
            project.graph().select(arguments.get(BuildModelsParameters.SELECT.name()));
        } catch (ModelDefinitionException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Bean
    Job buildModelsJob(JobRepository jobs, PlatformTransactionManager transactions, ModelRunner runner) {
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobs)
                .start(step("prepare", jobs, transactions, new PrepareBuildTasklet(runner)))
                .next(step("sources", jobs, transactions, new SourceTestsTasklet(runner)));
        for (String model : runner.project().graph().order()) {
            job = job.next(step("model." + model, jobs, transactions, new BuildModelTasklet(runner, model)));
        }
        return job.next(step("publish", jobs, transactions, new PublishBuildTasklet(runner)))
                .build();
    }

    private static Step step(
            String name, JobRepository jobs, PlatformTransactionManager transactions, Tasklet tasklet) {
        return new StepBuilder(name, jobs).tasklet(tasklet, transactions).build();
    }
}
