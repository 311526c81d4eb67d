package org.moomoo.jobs.evaluate;

import java.time.Clock;
import javax.sql.DataSource;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.models.ModelProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code evaluate}: the backtest on the user's own listens (see {@link Evaluation}), stored in
 * {@code raw.moomoo_evaluations} so that Airflow can run it weekly and the trend can be shown.
 *
 * <pre>
 * evaluate (build as of the cutoff into evaluate_INSTANCE; generate; score; store; drop the scratch schemas)
 * </pre>
 *
 * A failed or killed run, run again, starts the one step from the beginning: the scratch schema is
 * named after the job instance, so the retry drops what the failed attempt left, and the results of
 * an execution are replaced in one transaction.
 */
@Configuration(proxyBeanMethods = false)
public class EvaluateJobConfig {

    static final String JOB_NAME = "evaluate";

    private static final Logger log = LoggerFactory.getLogger(EvaluateJobConfig.class);

    @Bean
    public static JobDescription evaluateDescription() {
        return new JobDescription(
                JOB_NAME,
                "score every generator and baselines on the user's held-out recent listens (a backtest)",
                EvaluateParameters.SPECS,
                EvaluateParameters::check);
    }

    @Bean
    EvaluationStore evaluationStore(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        return new EvaluationStore(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    @JobScope
    Tasklet evaluateTasklet(
            @Value("#{jobExecution}") JobExecution execution,
            DataSource dataSource,
            JdbcClient jdbc,
            ModelProject modelProject,
            Clock clock,
            EvaluationStore evaluationStore) {
        JobParameters jobParameters = execution.getJobParameters();
        return (StepContribution contribution, ChunkContext chunkContext) -> {
            EvaluateParameters parameters = EvaluateParameters.from(jobParameters);
            String scratch = "evaluate_" + execution.getJobInstance().getInstanceId();
            EvaluationReport report = new Evaluation(dataSource, jdbc, modelProject, clock).run(parameters, scratch);
            evaluationStore.save(execution.getId(), report);
            contribution.incrementWriteCount(EvaluationStore.scores(report).size());
            log.info(
                    "evaluate: {} held-out plays of {} tracks, {} sessions, scored in {} s",
                    report.heldOutPlays(),
                    report.heldOutTracks(),
                    report.moreLikeThis().get(0).score().sessions(),
                    Math.round(report.seconds()));
            return RepeatStatus.FINISHED;
        };
    }

    // Outside a database transaction: the build commits per model, the results in their own transaction.
    @Bean
    Step evaluateStep(JobRepository jobRepository, Tasklet evaluateTasklet) {
        return new StepBuilder("evaluate", jobRepository)
                .tasklet(evaluateTasklet, new ResourcelessTransactionManager())
                .build();
    }

    @Bean
    Job evaluateJob(JobRepository jobRepository, Step evaluateStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(evaluateStep).build();
    }
}
