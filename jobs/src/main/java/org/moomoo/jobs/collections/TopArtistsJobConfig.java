package org.moomoo.jobs.collections;

import java.util.List;
import java.util.random.RandomGenerator;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.topartists.TopArtists;
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
 * {@code top-artists}: for up to {@code count} of the user's most played artists, a playlist of
 * songs like theirs (spec/playlists-http-client.md 6.7), rebuilt once a day after 07:00 UTC unless
 * forced.
 *
 * <pre>
 * refresh (fresh --> NOTHING_TO_DO; sample qualifying artists; from-MBIDs generator each --none--> NOTHING_TO_DO; replace)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class TopArtistsJobConfig {

    static final String JOB_NAME = "top-artists";

    @Bean
    public static JobDescription topArtistsDescription() {
        return new JobDescription(
                JOB_NAME,
                "rebuild the top-artists collection: songs like the user's most played artists",
                List.of(
                        CollectionParameters.USERNAME,
                        CollectionParameters.HISTORY_LENGTH,
                        CollectionParameters.COUNT,
                        CollectionParameters.FORCE,
                        CollectionParameters.SEED),
                CollectionParameters::requireUsername);
    }

    // Generators is looked up when a run starts, not when the application starts: commands that
    // run other jobs do not need the similarity engine.
    @Bean
    @JobScope
    RefreshCollectionTasklet topArtistsTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            CollectionStore collectionStore,
            JdbcClient jdbc,
            AnalyticsSchema analyticsSchema,
            RebuildRetry rebuildRetry,
            Generators generators) {
        CollectionParameters parameters = CollectionParameters.from(jobParameters);
        return new RefreshCollectionTasklet(
                collectionStore,
                RegisteredCollection.TOP_ARTISTS,
                parameters.username(),
                parameters.force(),
                () -> {
                    RandomGenerator random = parameters.random();
                    return new TopArtists(jdbc, analyticsSchema, rebuildRetry, parameters.seeded(generators, random))
                            .playlists(parameters.username(), parameters.history(), parameters.count(), random);
                },
                "No playlists generated.",
                n -> "Saved " + n + " playlist(s) to database.");
    }

    @Bean
    Step topArtistsStep(JobRepository jobRepository, RefreshCollectionTasklet topArtistsTasklet) {
        return RefreshCollectionTasklet.step(jobRepository, topArtistsTasklet);
    }

    @Bean
    Job topArtistsJob(JobRepository jobRepository, Step topArtistsStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(topArtistsStep).build();
    }
}
