package org.moomoo.jobs.conditioner;

import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.moomoo.jobs.flow.ChooseThenWork;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.progress.StepProgress;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code conditioner-build} and {@code conditioner-apply} (spec/ml.md section 2): fit the 50-d
 * PCA conditioner of an embedder, and condition the raw vectors that the current conditioner has
 * not conditioned yet.
 *
 * <pre>
 * conditioner-build:  fit (store as current; replace=true drops old conditioned vectors) --NOTHING_TO_DO--> end
 *                          \--> apply
 * conditioner-apply:  require a current conditioner --NOTHING_TO_DO--> end
 *                          \--> apply (rows whose conditioner_hash is not the current one, by path, chunks of 500)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class ConditionerJobsConfig {

    static final String BUILD_JOB = "conditioner-build";
    static final String APPLY_JOB = "conditioner-apply";
    private static final int CHUNK_SIZE = 500;

    @Bean
    public static JobDescription conditionerBuildDescription() {
        return new JobDescription(
                BUILD_JOB,
                "fit the 50-d PCA conditioner on the embedder's vectors, then condition them",
                ConditionerParameters.BUILD_SPECS);
    }

    @Bean
    public static JobDescription conditionerApplyDescription() {
        return new JobDescription(
                APPLY_JOB,
                "condition the vectors the current conditioner has not conditioned yet",
                ConditionerParameters.APPLY_SPECS);
    }

    @Bean
    ConditionerStore conditionerStore(JdbcClient jdbc) {
        return new ConditionerStore(jdbc);
    }

    // conditioner-build, step 1: fit

    @Bean
    @JobScope
    FitConditionerTasklet fitConditionerTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters, ConditionerStore conditionerStore) {
        ConditionerParameters parameters = ConditionerParameters.from(jobParameters);
        return new FitConditionerTasklet(parameters.embedder(), parameters.replace(), conditionerStore);
    }

    @Bean
    Step conditionerFitStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            FitConditionerTasklet fitConditionerTasklet) {
        return new StepBuilder("fit", jobRepository)
                .tasklet(fitConditionerTasklet, transactionManager)
                .build();
    }

    // conditioner-apply, step 1: require a conditioner

    @Bean
    @JobScope
    RequireConditionerTasklet requireConditionerTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters, ConditionerStore conditionerStore) {
        return new RequireConditionerTasklet(
                ConditionerParameters.from(jobParameters).embedder(), conditionerStore);
    }

    @Bean
    Step conditionerRequireStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            RequireConditionerTasklet requireConditionerTasklet) {
        return new StepBuilder("require", jobRepository)
                .tasklet(requireConditionerTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    // both jobs, last step: apply

    @Bean
    @StepScope
    ConditionProcessor conditionProcessor(
            @Value("#{stepExecution.jobParameters}") JobParameters jobParameters, ConditionerStore conditionerStore) {
        String embedder = ConditionerParameters.from(jobParameters).embedder();
        return new ConditionProcessor(conditionerStore
                .current(embedder)
                .orElseThrow(() -> new IllegalStateException(
                        "no current conditioner for " + embedder + "; run conditioner-build")));
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<RawVector> unconditionedVectorsReader(
            DataSource dataSource,
            @Value("#{stepExecution.jobParameters}") JobParameters jobParameters,
            ConditionerStore conditionerStore)
            throws Exception {
        String embedder = ConditionerParameters.from(jobParameters).embedder();
        String hash =
                conditionerStore.current(embedder).map(PcaConditioner::hash).orElse("");
        return new JdbcPagingItemReaderBuilder<RawVector>()
                .name("unconditionedVectors")
                .dataSource(dataSource)
                .selectClause("SELECT filepath, embedding::text AS embedding")
                .fromClause("FROM raw.local_music_embeddings")
                .whereClause("WHERE embedder = :embedder AND success AND embedding IS NOT NULL "
                        + "AND conditioner_hash IS DISTINCT FROM :hash")
                .parameterValues(Map.of("embedder", embedder, "hash", hash))
                .sortKeys(Map.of("filepath", Order.ASCENDING))
                .pageSize(CHUNK_SIZE)
                .rowMapper((rs, i) -> new RawVector(rs.getString(1), ConditionerStore.parse(rs.getString(2))))
                .build();
    }

    @Bean
    Step conditionerApplyStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            JdbcPagingItemReader<RawVector> unconditionedVectorsReader,
            ConditionProcessor conditionProcessor,
            NamedParameterJdbcTemplate jdbc,
            @Value("${moomoo.progress.interval:5s}") Duration progressInterval) {
        return new StepBuilder("apply", jobRepository)
                .<RawVector, ConditionedVector>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(unconditionedVectorsReader)
                .processor(conditionProcessor)
                .writer(new ConditionedVectorWriter(jdbc))
                .listener(new StepProgress("conditioner apply", progressInterval))
                .build();
    }

    @Bean
    Job conditionerBuildJob(JobRepository jobRepository, Step conditionerFitStep, Step conditionerApplyStep) {
        return ChooseThenWork.start(new JobBuilder(BUILD_JOB, jobRepository), conditionerFitStep, conditionerApplyStep)
                .end()
                .build();
    }

    @Bean
    Job conditionerApplyJob(JobRepository jobRepository, Step conditionerRequireStep, Step conditionerApplyStep) {
        return ChooseThenWork.start(
                        new JobBuilder(APPLY_JOB, jobRepository), conditionerRequireStep, conditionerApplyStep)
                .end()
                .build();
    }
}
