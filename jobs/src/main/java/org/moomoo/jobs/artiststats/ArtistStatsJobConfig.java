package org.moomoo.jobs.artiststats;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.moomoo.jobs.flow.ChooseThenWork;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.listenbrainz.FailureBudget;
import org.moomoo.jobs.listenbrainz.ListenBrainzClient;
import org.moomoo.jobs.listenbrainz.RefreshSelection;
import org.moomoo.jobs.progress.StepProgress;
import org.moomoo.jobs.worklist.WorkList;
import org.moomoo.jobs.worklist.WorkListReader;
import org.moomoo.playlist.analytics.AnalyticsSchema;
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
 * {@code artist-stats}: ListenBrainz's all-time listeners of the known artists (the model
 * {@code mbids}), in {@code raw.listenbrainz_artist_stats} (spec/ingest.md 5.4).
 *
 * <pre>
 * choose (new=true: no stats or a failed call; before=DATE: fetched before DATE; limit=N: a random N)
 *      --NOTHING_TO_DO--> end
 *      \--> fetch (one call per artist; upsert by mbid, a commit per chunk of 10)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class ArtistStatsJobConfig {

    static final String JOB_NAME = "artist-stats";
    // About half a second per artist: a restart redoes at most this many calls.
    private static final int CHUNK_SIZE = 10;
    /** Failed artists in a row that stop the job: ListenBrainz is down rather than one artist odd. */
    static final int FAILURES_IN_A_ROW = 10;

    @Bean
    public static JobDescription artistStatsDescription() {
        return new JobDescription(
                JOB_NAME,
                "fetch ListenBrainz's all-time listener stats of the known artists",
                RefreshSelection.SPECS,
                RefreshSelection::check);
    }

    @Bean
    @JobScope
    WorkList<String> artistsToFetch() {
        return new WorkList<>();
    }

    @Bean
    @JobScope
    ChooseArtistsTasklet chooseArtistsTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            AnalyticsSchema analyticsSchema,
            JdbcClient jdbc,
            WorkList<String> artistsToFetch) {
        return new ChooseArtistsTasklet(
                RefreshSelection.from(jobParameters), analyticsSchema, jdbc, artistsToFetch, new Random());
    }

    @Bean
    Step artistStatsChooseStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ChooseArtistsTasklet chooseArtistsTasklet) {
        return new StepBuilder("choose", jobRepository)
                .tasklet(chooseArtistsTasklet, transactionManager)
                // A restart must choose again: what is left is what has no fresh row.
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @JobScope
    WorkListReader<String> artistsToFetchReader(WorkList<String> artistsToFetch) {
        return new WorkListReader<>(artistsToFetch);
    }

    @Bean
    @JobScope
    Step artistStatsFetchStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            WorkListReader<String> artistsToFetchReader,
            ListenBrainzClient listenBrainzClient,
            JdbcClient jdbc,
            Clock clock,
            @Value("${moomoo.progress.interval:5s}") Duration progressInterval) {
        return new StepBuilder("fetch", jobRepository)
                .<String, ArtistStats>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(artistsToFetchReader)
                .processor(new ArtistStatsProcessor(listenBrainzClient, new FailureBudget(FAILURES_IN_A_ROW, true)))
                .writer(new ArtistStatsWriter(jdbc, clock))
                .listener(new StepProgress(JOB_NAME, progressInterval))
                .build();
    }

    @Bean
    Job artistStatsJob(JobRepository jobRepository, Step artistStatsChooseStep, Step artistStatsFetchStep) {
        return ChooseThenWork.start(
                        new JobBuilder(JOB_NAME, jobRepository), artistStatsChooseStep, artistStatsFetchStep)
                .end()
                .build();
    }
}
