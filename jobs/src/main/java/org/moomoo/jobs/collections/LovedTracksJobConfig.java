package org.moomoo.jobs.collections;

import java.util.List;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.lovedtracks.LovedTracks;
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
 * {@code loved-tracks}: one playlist of the user's loved files, most recent love first
 * (spec/playlists-http-client.md 6.4). The collection is always stale: rebuilt on every run.
 *
 * <pre>
 * refresh (read loved_tracks x local_files --none--> NOTHING_TO_DO; replace the collection)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class LovedTracksJobConfig {

    static final String JOB_NAME = "loved-tracks";

    @Bean
    public static JobDescription lovedTracksDescription() {
        return new JobDescription(
                JOB_NAME,
                "rebuild the loved-tracks collection: the user's loved files",
                List.of(CollectionParameters.USERNAME),
                CollectionParameters::requireUsername);
    }

    @Bean
    @JobScope
    RefreshCollectionTasklet lovedTracksTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            CollectionStore collectionStore,
            JdbcClient jdbc,
            AnalyticsSchema analyticsSchema,
            RebuildRetry rebuildRetry) {
        String username = CollectionParameters.from(jobParameters).username();
        LovedTracks lovedTracks = new LovedTracks(jdbc, analyticsSchema, rebuildRetry);
        return new RefreshCollectionTasklet(
                collectionStore,
                RegisteredCollection.LOVED_TRACKS,
                username,
                false,
                () -> lovedTracks.playlist(username).stream().toList(),
                "No loved tracks found.",
                n -> "Saved playlist to database.");
    }

    @Bean
    Step lovedTracksStep(JobRepository jobRepository, RefreshCollectionTasklet lovedTracksTasklet) {
        return RefreshCollectionTasklet.step(jobRepository, lovedTracksTasklet);
    }

    @Bean
    Job lovedTracksJob(JobRepository jobRepository, Step lovedTracksStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(lovedTracksStep).build();
    }
}
