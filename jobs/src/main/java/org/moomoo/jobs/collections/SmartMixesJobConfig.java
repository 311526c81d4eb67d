package org.moomoo.jobs.collections;

import java.util.List;
import java.util.random.RandomGenerator;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.smartmix.SmartMixes;
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
 * {@code smart-mixes}: clusters the tracks the user likes and makes a "songs like these" playlist
 * per tight cluster (spec/playlists-http-client.md 6.8), rebuilt once a day after 07:00 UTC unless
 * forced.
 *
 * <pre>
 * refresh (fresh --> NOTHING_TO_DO; pool --too small--> NOTHING_TO_DO; distances, leaf HDBSCAN*,
 *          clusters of 3-8 artists --none--> NOTHING_TO_DO; from-files generator each; replace)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class SmartMixesJobConfig {

    static final String JOB_NAME = "smart-mixes";

    @Bean
    public static JobDescription smartMixesDescription() {
        return new JobDescription(
                JOB_NAME,
                "rebuild the smart-mixes collection: playlists around clusters of liked tracks",
                List.of(
                        CollectionParameters.USERNAME,
                        CollectionParameters.COUNT,
                        CollectionParameters.FORCE,
                        CollectionParameters.SEED),
                CollectionParameters::requireUsername);
    }

    // Generators is looked up when a run starts, not when the application starts: commands that
    // run other jobs do not need the similarity engine.
    @Bean
    @JobScope
    RefreshCollectionTasklet smartMixesTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            CollectionStore collectionStore,
            JdbcClient jdbc,
            AnalyticsSchema analyticsSchema,
            RebuildRetry rebuildRetry,
            Generators generators) {
        CollectionParameters parameters = CollectionParameters.from(jobParameters);
        return new RefreshCollectionTasklet(
                collectionStore,
                RegisteredCollection.SMART_MIXES,
                parameters.username(),
                parameters.force(),
                () -> {
                    RandomGenerator random = parameters.random();
                    return new SmartMixes(jdbc, analyticsSchema, rebuildRetry, parameters.seeded(generators, random))
                            .playlists(parameters.username(), parameters.count(), random);
                },
                "No playlists generated.",
                n -> "Saved " + n + " playlists to collection smart-mixes.");
    }

    @Bean
    Step smartMixesStep(JobRepository jobRepository, RefreshCollectionTasklet smartMixesTasklet) {
        return RefreshCollectionTasklet.step(jobRepository, smartMixesTasklet);
    }

    @Bean
    Job smartMixesJob(JobRepository jobRepository, Step smartMixesStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(smartMixesStep).build();
    }
}
