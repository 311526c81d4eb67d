package org.moomoo.jobs.collections;

import java.util.List;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.revisit.RevisitReleases;
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
 * {@code revisit-releases}: one playlist per release group the user played a lot long ago
 * (spec/playlists-http-client.md 6.5), rebuilt once a day after 07:00 UTC unless forced.
 *
 * <pre>
 * refresh (fresh --> NOTHING_TO_DO; draw up to count releases by e^score; their files --none--> NOTHING_TO_DO; replace)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class RevisitReleasesJobConfig {

    static final String JOB_NAME = "revisit-releases";

    @Bean
    public static JobDescription revisitReleasesDescription() {
        return new JobDescription(
                JOB_NAME,
                "rebuild the revisit-releases collection: albums played a lot long ago",
                List.of(
                        CollectionParameters.USERNAME,
                        CollectionParameters.COUNT,
                        CollectionParameters.FORCE,
                        CollectionParameters.SEED),
                CollectionParameters::requireUsername);
    }

    @Bean
    @JobScope
    RefreshCollectionTasklet revisitReleasesTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            CollectionStore collectionStore,
            JdbcClient jdbc,
            AnalyticsSchema analyticsSchema,
            RebuildRetry rebuildRetry) {
        CollectionParameters parameters = CollectionParameters.from(jobParameters);
        RevisitReleases revisitReleases = new RevisitReleases(jdbc, analyticsSchema, rebuildRetry);
        return new RefreshCollectionTasklet(
                collectionStore,
                RegisteredCollection.REVISIT_RELEASES,
                parameters.username(),
                parameters.force(),
                () -> revisitReleases.playlists(parameters.username(), parameters.count(), parameters.random()),
                "No playlists generated.",
                n -> "Saved " + n + " playlists to collection revisit-releases.");
    }

    @Bean
    Step revisitReleasesStep(JobRepository jobRepository, RefreshCollectionTasklet revisitReleasesTasklet) {
        return RefreshCollectionTasklet.step(jobRepository, revisitReleasesTasklet);
    }

    @Bean
    Job revisitReleasesJob(JobRepository jobRepository, Step revisitReleasesStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(revisitReleasesStep)
                .build();
    }
}
