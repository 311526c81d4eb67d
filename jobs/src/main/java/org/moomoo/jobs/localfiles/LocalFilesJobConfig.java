package org.moomoo.jobs.localfiles;

import java.time.Clock;
import java.time.Duration;
import org.moomoo.jobs.flow.ChooseThenWork;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.progress.StepProgress;
import org.moomoo.jobs.worklist.WorkList;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code local-files}: mirrors the music folder's audio files and their tags into
 * {@code raw.local_music_files} (spec/ingest.md 5.6), reading only new or changed files.
 *
 * <pre>
 * scan (walk, exclude, check the root, remove vanished rows)
 *      --NOTHING_TO_DO (no audio file, or every file stored as it is)--> end
 *      \--> read-tags (TagReader on 2 threads, read ahead -> COPY + upsert by path, chunks of 200)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class LocalFilesJobConfig {

    static final String JOB_NAME = "local-files";
    private static final int CHUNK_SIZE = 200;
    private static final int READ_AHEAD = 2 * CHUNK_SIZE;

    @Bean
    public static JobDescription localFilesDescription() {
        return new JobDescription(
                JOB_NAME, "scan the music folder and store each audio file's tags", LocalFilesParameters.SPECS);
    }

    // step 1: scan

    @Bean
    @JobScope
    WorkList<LibraryFile> scannedLibrary() {
        return new WorkList<>();
    }

    @Bean
    @JobScope
    ScanLibraryTasklet scanLibraryTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            JdbcClient jdbc,
            WorkList<LibraryFile> scannedLibrary) {
        LocalFilesParameters parameters = LocalFilesParameters.from(jobParameters);
        return new ScanLibraryTasklet(
                parameters.library(),
                new LibraryScanner(),
                new LocalFilesTable(jdbc),
                scannedLibrary,
                parameters.replace());
    }

    @Bean
    Step localFilesScanStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ScanLibraryTasklet scanLibraryTasklet) {
        return new StepBuilder("scan", jobRepository)
                .tasklet(scanLibraryTasklet, transactionManager)
                // A restart must scan again: the files still to read are those without a committed row.
                .allowStartIfComplete(true)
                .build();
    }

    // step 2: read tags

    @Bean
    @JobScope
    TagsAheadReader scannedFilesReader(
            WorkList<LibraryFile> scannedLibrary, ThreadPoolTaskExecutor tagReadingExecutor) {
        LocalFileProcessor processor =
                new LocalFileProcessor(new TagReader(), JsonMapper.builder().build());
        return new TagsAheadReader(scannedLibrary, processor, tagReadingExecutor, READ_AHEAD);
    }

    @Bean
    ThreadPoolTaskExecutor tagReadingExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int threads = Runtime.getRuntime().availableProcessors();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("tags-");
        return executor;
    }

    @Bean
    Step localFilesReadTagsStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            TagsAheadReader scannedFilesReader,
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${moomoo.progress.interval:5s}") Duration progressInterval) {
        // No processor and no task executor: the reader reads the tags ahead on its own threads,
        // so that reading goes on while the step thread writes.
        return new StepBuilder("read-tags", jobRepository)
                .<LocalFileRow, LocalFileRow>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(scannedFilesReader)
                .writer(new LocalFilesWriter(jdbc, clock))
                .listener(new StepProgress(JOB_NAME + " read-tags", progressInterval))
                .build();
    }

    @Bean
    Job localFilesJob(JobRepository jobRepository, Step localFilesScanStep, Step localFilesReadTagsStep) {
        return ChooseThenWork.start(new JobBuilder(JOB_NAME, jobRepository), localFilesScanStep, localFilesReadTagsStep)
                .end()
                .build();
    }
}
