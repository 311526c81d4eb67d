package org.moomoo.jobs.collections;

import java.util.List;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.playlist.collection.CollectionStore;
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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code create-collections}: gives the user the five registered collections (run once per user,
 * before the collection jobs, which fail while their collection does not exist).
 *
 * <pre>
 * create (each registered collection: skip if present, or drop and recreate with replace=true)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class CreateCollectionsJobConfig {

    static final String JOB_NAME = "create-collections";

    @Bean
    public static JobDescription createCollectionsDescription() {
        return new JobDescription(
                JOB_NAME,
                "create the user's playlist collections",
                List.of(CollectionParameters.USERNAME, CollectionParameters.REPLACE),
                CollectionParameters::requireUsername);
    }

    @Bean
    @JobScope
    CreateCollectionsTasklet createCollectionsTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters, CollectionStore collectionStore) {
        CollectionParameters parameters = CollectionParameters.from(jobParameters);
        return new CreateCollectionsTasklet(collectionStore, parameters.username(), parameters.replace());
    }

    @Bean
    Step createCollectionsStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            CreateCollectionsTasklet createCollectionsTasklet) {
        return new StepBuilder("create", jobRepository)
                .tasklet(createCollectionsTasklet, transactionManager)
                .build();
    }

    @Bean
    Job createCollectionsJob(JobRepository jobRepository, Step createCollectionsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(createCollectionsStep)
                .build();
    }
}
