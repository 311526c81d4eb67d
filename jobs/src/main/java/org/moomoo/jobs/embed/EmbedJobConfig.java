package org.moomoo.jobs.embed;

import java.time.Clock;
import java.time.Duration;
import org.moomoo.jobs.embed.audio.AudioDecoder;
import org.moomoo.jobs.flow.ChooseThenWork;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.localfiles.FoundFile;
import org.moomoo.jobs.progress.StepProgress;
import org.moomoo.jobs.worklist.WorkList;
import org.moomoo.jobs.worklist.WorkListReader;
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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code embed}: one vector per audio file of the library for the configured embedder
 * (spec/ml.md), in {@code raw.local_music_embeddings}.
 *
 * <pre>
 * choose (files without a row for this embedder, or a failed one with retry-failed=true, in this partition)
 *      --NOTHING_TO_DO--> end
 *      \--> embed (decode, middle window, embedder; threads in parallel; upsert by path)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class EmbedJobConfig {

    static final String JOB_NAME = "embed";
    // Each item takes about a second: small chunks keep a restart's lost work small.
    private static final int CHUNK_SIZE = 8;

    @Bean
    public static JobDescription embedDescription() {
        return new JobDescription(
                JOB_NAME,
                "embed every audio file that has no vector for the embedder yet",
                EmbedParameters.SPECS,
                EmbedParameters::check);
    }

    // step 1: choose

    @Bean
    @JobScope
    WorkList<FoundFile> tracksToEmbed() {
        return new WorkList<>();
    }

    @Bean
    @JobScope
    ChooseTracksTasklet chooseTracksTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            JdbcClient jdbc,
            WorkList<FoundFile> tracksToEmbed) {
        EmbedParameters parameters = EmbedParameters.from(jobParameters);
        return new ChooseTracksTasklet(
                parameters.library(),
                parameters.embedder(),
                parameters.partition(),
                parameters.retryFailed(),
                jdbc,
                tracksToEmbed);
    }

    @Bean
    Step embedChooseStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ChooseTracksTasklet chooseTracksTasklet) {
        return new StepBuilder("choose", jobRepository)
                .tasklet(chooseTracksTasklet, transactionManager)
                // A restart must choose again: the files still to embed are those without a row.
                .allowStartIfComplete(true)
                .build();
    }

    // step 2: embed

    @Bean
    @JobScope
    WorkListReader<FoundFile> tracksToEmbedReader(WorkList<FoundFile> tracksToEmbed) {
        return new WorkListReader<>(tracksToEmbed);
    }

    // The embedder and the pool are made per execution, on the job's thread, and closed when the step
    // ends: the pool's threads call the embedder directly, outside any Spring scope.
    @Bean
    @JobScope
    Step embedStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            WorkListReader<FoundFile> tracksToEmbedReader,
            NamedParameterJdbcTemplate jdbc,
            Clock clock,
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            @Value("${moomoo.progress.interval:5s}") Duration progressInterval) {
        EmbedParameters parameters = EmbedParameters.from(jobParameters);
        int files = parameters.threads();
        Embedder embedder = EmbedderChoice.create(parameters.embedder(), parameters.model(), threadsPerModel(files));
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(files);
        executor.setMaxPoolSize(files);
        executor.setThreadNamePrefix("embed-");
        executor.initialize();
        TrackEmbedder tracks = new TrackEmbedder(AudioDecoder.withFfmpegFromPath(), embedder);
        return new StepBuilder("embed", jobRepository)
                .<FoundFile, EmbeddingRow>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(tracksToEmbedReader)
                .processor(file -> tracks.embed(file.path(), file.relativePath()))
                .writer(new EmbeddingWriter(jdbc, clock))
                .taskExecutor(executor)
                .listener(new StepProgress(JOB_NAME + " " + embedder.name(), progressInterval))
                .listener(new CloseAfterStep(executor::shutdown, embedder))
                .build();
    }

    @Bean
    Job embedJob(JobRepository jobRepository, Step embedChooseStep, Step embedStep) {
        return ChooseThenWork.start(new JobBuilder(JOB_NAME, jobRepository), embedChooseStep, embedStep)
                .end()
                .build();
    }

    // Files are embedded in parallel already; a model gets the cores left per file, at least one.
    private static int threadsPerModel(int files) {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / files);
    }
}
