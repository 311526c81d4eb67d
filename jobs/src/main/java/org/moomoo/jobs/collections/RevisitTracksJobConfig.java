package org.moomoo.jobs.collections;

import java.util.List;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.revisit.RevisitTracks;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code revisit-tracks}: one shuffled playlist of 20 tracks the user played a lot long ago
 * (spec/playlists-http-client.md 6.6). The collection is always stale: rebuilt on every run.
 *
 * <pre>
 * refresh (read revisit_tracks x local_files --none--> NOTHING_TO_DO; cull to 20, shuffle; replace)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class RevisitTracksJobConfig {

    static final String JOB_NAME = "revisit-tracks";

    @Bean
    public static JobDescription revisitTracksDescription() {
        return new JobDescription(
                JOB_NAME,
                "rebuild the revisit-tracks collection: tracks played a lot long ago",
                List.of(CollectionParameters.USERNAME, CollectionParameters.SEED),
                CollectionParameters::requireUsername);
    }

    @Bean
    @JobScope
    RefreshCollectionTasklet revisitTracksTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            CollectionStore collectionStore,
            JdbcClient jdbc,
            AnalyticsSchema analyticsSchema,
            RebuildRetry rebuildRetry) {
        CollectionParameters parameters = CollectionParameters.from(jobParameters);
        RevisitTracks revisitTracks = new RevisitTracks(jdbc, analyticsSchema, rebuildRetry);
        return new RefreshCollectionTasklet(
                collectionStore,
                RegisteredCollection.REVISIT_TRACKS,
                parameters.username(),
                false,
                () -> revisitTracks.playlist(parameters.username(), parameters.random()).stream()
                        .toList(),
                "No revisit tracks found.",
                n -> "Saved playlist to database.");
    }

    @Bean
    Step revisitTracksStep(JobRepository jobRepository, RefreshCollectionTasklet revisitTracksTasklet) {
        return RefreshCollectionTasklet.step(jobRepository, revisitTracksTasklet);
    }

    @Bean
    Job revisitTracksJob(JobRepository jobRepository, Step revisitTracksStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(revisitTracksStep).build();
    }
}
