package org.moomoo.jobs.listens;

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
 * {@code listens}: copies a user's listens from ListenBrainz into {@code raw.listenbrainz_listens}
 * (spec/ingest.md 5.5), one committed page at a time.
 */
@Configuration(proxyBeanMethods = false)
public class ListensJobConfig {

    static final String JOB_NAME = "listens";

    @Bean
    public static JobDescription listensDescription() {
        return new JobDescription(
                JOB_NAME, "copy a user's listens from ListenBrainz", ListensParameters.SPECS, ListensParameters::check);
    }

    @Bean
    @JobScope
    FetchListensTasklet fetchListensTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            ListenBrainzClient listenBrainzClient,
            JdbcClient jdbc,
            Clock clock) {
        return new FetchListensTasklet(
                ListensParameters.from(jobParameters), listenBrainzClient, new ListensTable(jdbc, clock), clock);
    }

    @Bean
    Step listensFetchStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            FetchListensTasklet fetchListensTasklet) {
        return new StepBuilder("fetch", jobRepository)
                .tasklet(fetchListensTasklet, transactionManager)
                .build();
    }

    @Bean
    Job listensJob(JobRepository jobRepository, Step listensFetchStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(listensFetchStep).build();
    }
}
