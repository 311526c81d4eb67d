package org.moomoo.jobs.feedback;

import java.time.Clock;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.listenbrainz.ListenBrainzClient;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code listenbrainz-feedback}: mirrors a user's loved and hated recordings into
 * {@code raw.listenbrainz_user_feedback} (spec/ingest.md 5.9).
 */
@Configuration(proxyBeanMethods = false)
public class FeedbackJobConfig {

    static final String JOB_NAME = "listenbrainz-feedback";

    @Bean
    public static JobDescription listenbrainzFeedbackDescription() {
        return new JobDescription(
                JOB_NAME,
                "mirror a user's loved and hated recordings from ListenBrainz",
                FeedbackParameters.SPECS,
                FeedbackParameters::check);
    }

    @Bean
    @JobScope
    FetchFeedbackTasklet fetchFeedbackTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            ListenBrainzClient listenBrainzClient,
            JdbcClient jdbc,
            Clock clock) {
        return new FetchFeedbackTasklet(
                FeedbackParameters.from(jobParameters).username(), listenBrainzClient, new FeedbackTable(jdbc, clock));
    }

    @Bean
    Step listenbrainzFeedbackFetchStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            FetchFeedbackTasklet fetchFeedbackTasklet) {
        return new StepBuilder("fetch", jobRepository)
                .tasklet(fetchFeedbackTasklet, transactionManager)
                .build();
    }

    @Bean
    Job listenbrainzFeedbackJob(JobRepository jobRepository, Step listenbrainzFeedbackFetchStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(listenbrainzFeedbackFetchStep)
                .build();
    }
}
