package org.moomoo.jobs.musicbrainzdump;

import java.time.Clock;
import java.time.Duration;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.listenbrainz.Sleeper;
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
 * {@code musicbrainz-data-dump}: which MBIDs changed in MusicBrainz, hour by hour, from MetaBrainz's
 * JSON change dumps ({@code MOOMOO_MUSICBRAINZ_DUMPS_URL}, {@code METABRAINZ_LIVE_DATA_TOKEN}), into
 * {@code raw.musicbrainz_data_dump_records}, one transaction per packet (spec/ingest.md 5.12).
 */
@Configuration(proxyBeanMethods = false)
public class MusicBrainzDumpJobConfig {

    static final String JOB_NAME = "musicbrainz-data-dump";

    @Bean
    public static JobDescription musicbrainzDataDumpDescription() {
        return new JobDescription(
                JOB_NAME,
                "record which MBIDs changed in MusicBrainz, from MetaBrainz's hourly JSON dumps",
                MusicBrainzDumpParameters.SPECS,
                MusicBrainzDumpParameters::check);
    }

    @Bean
    @JobScope
    FetchPacketsTasklet fetchPacketsTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            @Value("${MOOMOO_MUSICBRAINZ_DUMPS_URL:" + MetaBrainzDumpsClient.DEFAULT_URL + "}") String url,
            @Value("${METABRAINZ_LIVE_DATA_TOKEN:}") String token,
            @Value("${MOOMOO_CONTACT_EMAIL:}") String contactEmail,
            @Value("${moomoo.musicbrainz-dumps.timeout:30s}") Duration timeout,
            Sleeper listenBrainzSleeper,
            JdbcClient jdbc,
            Clock clock) {
        String agent = contactEmail.isBlank() ? "moomoo" : "moomoo ( " + contactEmail.strip() + " )";
        return new FetchPacketsTasklet(
                MusicBrainzDumpParameters.from(jobParameters),
                new MetaBrainzDumpsClient(url, token, agent, timeout, listenBrainzSleeper),
                new MusicBrainzDumpsTable(jdbc),
                clock);
    }

    @Bean
    Step musicbrainzDataDumpFetchStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            FetchPacketsTasklet fetchPacketsTasklet) {
        return new StepBuilder("fetch-packets", jobRepository)
                .tasklet(fetchPacketsTasklet, transactionManager)
                .build();
    }

    @Bean
    Job musicbrainzDataDumpJob(JobRepository jobRepository, Step musicbrainzDataDumpFetchStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(musicbrainzDataDumpFetchStep)
                .build();
    }
}
