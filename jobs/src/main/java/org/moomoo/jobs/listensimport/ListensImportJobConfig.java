package org.moomoo.jobs.listensimport;

import java.time.Clock;
import java.time.Duration;
import org.moomoo.jobs.feedback.FeedbackTable;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.progress.StepProgress;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code listens-import}: brings a listening history exported from ListenBrainz, Last.fm or
 * Spotify into {@code raw.listenbrainz_listens}, under the keys the {@code listens} job uses, so
 * that nothing is ever stored twice; a ListenBrainz export's loves and hates go to
 * {@code raw.listenbrainz_user_feedback}.
 *
 * <pre>
 * import (export records -> listen JSON, on a read-ahead thread -> insert, skip existing keys;
 *         chunks of 5,000; position saved)
 *   -> loves (feedback.jsonl -> upsert by key)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class ListensImportJobConfig {

    static final String JOB_NAME = "listens-import";
    private static final int CHUNK_SIZE = 5000;
    // Two chunks: the next chunk is ready when the writer has stored one.
    private static final int READ_AHEAD = 2 * CHUNK_SIZE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    public static JobDescription listensImportDescription() {
        return new JobDescription(
                JOB_NAME,
                "import a listening history exported from ListenBrainz, Last.fm or Spotify",
                ListensImportParameters.SPECS,
                values -> ImportSource.check(values, System.getenv()));
    }

    @Bean
    @StepScope
    ImportSource listensImportSource(@Value("#{stepExecution.jobParameters}") JobParameters jobParameters) {
        return ImportSource.open(ListensImportParameters.from(jobParameters), System.getenv());
    }

    @Bean
    @StepScope
    ImportTally listensImportTally() {
        return new ImportTally();
    }

    @Bean
    @StepScope
    ItemStreamReader<ImportItem> listensImportReader(ImportSource listensImportSource) {
        return new ReadAheadReader(
                new ExportReader(listensImportSource.export(), listensImportSource.plan(), JSON),
                new ListenConverter(listensImportSource.plan().format(), listensImportSource.username(), JSON),
                READ_AHEAD);
    }

    @Bean
    @StepScope
    ItemStreamWriter<ImportItem> listensImportWriter(JdbcTemplate jdbc, ImportTally listensImportTally) {
        return new ListensTableWriter(jdbc, listensImportTally);
    }

    @Bean
    Step listensImportStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ItemStreamReader<ImportItem> listensImportReader,
            ItemStreamWriter<ImportItem> listensImportWriter,
            ImportTally listensImportTally,
            @Value("${moomoo.progress.interval:5s}") Duration progressInterval) {
        return new StepBuilder("import", jobRepository)
                .<ImportItem, ImportItem>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(listensImportReader)
                .writer(listensImportWriter)
                .listener(new ImportSummary(listensImportTally))
                .listener(new StepProgress(JOB_NAME + " import", progressInterval))
                .build();
    }

    @Bean
    @StepScope
    Tasklet listensImportLoves(ImportSource listensImportSource, JdbcClient jdbcClient, Clock clock) {
        return new ImportLovesTasklet(listensImportSource, new FeedbackTable(jdbcClient, clock), JSON);
    }

    @Bean
    Step listensImportLovesStep(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet listensImportLoves) {
        return new StepBuilder("loves", jobRepository)
                .tasklet(listensImportLoves, transactionManager)
                .build();
    }

    @Bean
    Job listensImportJob(JobRepository jobRepository, Step listensImportStep, Step listensImportLovesStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(listensImportStep)
                .next(listensImportLovesStep)
                .build();
    }
}
