package org.moomoo.jobs.similaruseractivity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.moomoo.jobs.flow.ChooseThenWork;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.listenbrainz.FailureBudget;
import org.moomoo.jobs.listenbrainz.ListenBrainzClient;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code similar-user-activity}: a snapshot of the top artists, releases and recordings of a
 * user's similar ListenBrainz users over the month, the year and all time, in
 * {@code raw.listenbrainz_similar_user_activity} (spec/ingest.md 5.7).
 *
 * <pre>
 * choose (skip-timeout-seconds: recent rows end the run; else the similar users)
 *      --NOTHING_TO_DO--> end
 *      \--> fetch (nine calls per similar user; upsert by payload_id, a commit per user)
 *      --> prune (delete the rows of users no longer similar)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class SimilarUserActivityJobConfig {

    static final String JOB_NAME = "similar-user-activity";
    /** Failed combinations the run tolerates; the next one stops it (spec/ingest.md 5.7). */
    static final int FAILED_COMBINATIONS = 10;

    @Bean
    public static JobDescription similarUserActivityDescription() {
        return new JobDescription(
                JOB_NAME,
                "snapshot what a user's similar ListenBrainz users listen to",
                SimilarUserActivityParameters.SPECS,
                SimilarUserActivityParameters::check);
    }

    @Bean
    @JobScope
    WorkList<SimilarUser> similarUsers() {
        return new WorkList<>();
    }

    @Bean
    @JobScope
    ChooseSimilarUsersTasklet chooseSimilarUsersTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            ListenBrainzClient listenBrainzClient,
            JdbcClient jdbc,
            Clock clock,
            WorkList<SimilarUser> similarUsers) {
        return new ChooseSimilarUsersTasklet(
                SimilarUserActivityParameters.from(jobParameters), listenBrainzClient, jdbc, clock, similarUsers);
    }

    @Bean
    Step similarUserActivityChooseStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ChooseSimilarUsersTasklet chooseSimilarUsersTasklet) {
        return new StepBuilder("choose", jobRepository)
                .tasklet(chooseSimilarUsersTasklet, transactionManager)
                // A restart asks again: the similar users are the fetch step's work list.
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @JobScope
    WorkListReader<SimilarUser> similarUsersReader(WorkList<SimilarUser> similarUsers) {
        return new WorkListReader<>(similarUsers);
    }

    @Bean
    @JobScope
    Step similarUserActivityFetchStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            WorkListReader<SimilarUser> similarUsersReader,
            ListenBrainzClient listenBrainzClient,
            JdbcClient jdbc,
            Clock clock,
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            @Value("${moomoo.progress.interval:5s}") Duration progressInterval) {
        String username = SimilarUserActivityParameters.from(jobParameters).username();
        return new StepBuilder("fetch", jobRepository)
                .<SimilarUser, List<Activity>>chunk(1)
                .transactionManager(transactionManager)
                .reader(similarUsersReader)
                .processor(new ActivityProcessor(
                        username, listenBrainzClient, new FailureBudget(FAILED_COMBINATIONS, false)))
                .writer(new ActivityWriter(jdbc, clock))
                .listener(new StepProgress(JOB_NAME, progressInterval))
                // The prune step must run again after a restart, whatever the fetch step did before.
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @JobScope
    PruneTasklet similarUserActivityPruneTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            JdbcClient jdbc,
            WorkList<SimilarUser> similarUsers) {
        return new PruneTasklet(
                SimilarUserActivityParameters.from(jobParameters).username(), jdbc, similarUsers);
    }

    @Bean
    Step similarUserActivityPruneStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            PruneTasklet similarUserActivityPruneTasklet) {
        return new StepBuilder("prune", jobRepository)
                .tasklet(similarUserActivityPruneTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Job similarUserActivityJob(
            JobRepository jobRepository,
            Step similarUserActivityChooseStep,
            Step similarUserActivityFetchStep,
            Step similarUserActivityPruneStep) {
        return ChooseThenWork.start(
                        new JobBuilder(JOB_NAME, jobRepository),
                        similarUserActivityChooseStep,
                        similarUserActivityFetchStep)
                .next(similarUserActivityPruneStep)
                .end()
                .build();
    }
}
