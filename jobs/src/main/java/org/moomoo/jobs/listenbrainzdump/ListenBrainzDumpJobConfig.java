package org.moomoo.jobs.listenbrainzdump;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.moomoo.jobs.launcher.JobDescription;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code listenbrainz-data-dump}: listen counts per (user, artist) from ListenBrainz's daily
 * incremental dumps on FTP ({@code MOOMOO_LISTENBRAINZ_DUMPS_URL}) into
 * {@code raw.listenbrainz_data_dump_records}, one transaction per dump (spec/ingest.md 5.10).
 */
@Configuration(proxyBeanMethods = false)
public class ListenBrainzDumpJobConfig {

    static final String JOB_NAME = "listenbrainz-data-dump";

    @Bean
    public static JobDescription listenbrainzDataDumpDescription() {
        return new JobDescription(
                JOB_NAME, "count listens per user and artist in ListenBrainz's incremental dumps (FTP)", List.of());
    }

    @Bean
    @JobScope
    StoreDumpsTasklet storeDumpsTasklet(
            @Value("${MOOMOO_LISTENBRAINZ_DUMPS_URL:" + DumpsLocation.DEFAULT_URL + "}") String url,
            @Value("${moomoo.listenbrainz-dumps.timeout:60s}") Duration timeout,
            JdbcClient jdbc,
            DataSource dataSource,
            Clock clock) {
        return new StoreDumpsTasklet(DumpsLocation.parse(url), timeout, new DumpsTable(jdbc, dataSource), clock);
    }

    @Bean
    Step listenbrainzDataDumpStoreStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            StoreDumpsTasklet storeDumpsTasklet) {
        return new StepBuilder("store-dumps", jobRepository)
                .tasklet(storeDumpsTasklet, transactionManager)
                .build();
    }

    @Bean
    Job listenbrainzDataDumpJob(JobRepository jobRepository, Step listenbrainzDataDumpStoreStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(listenbrainzDataDumpStoreStep)
                .build();
    }
}
