package org.moomoo.jobs.msidmap;

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
 * {@code msid-map}: which MusicBrainz recording, release and artists ListenBrainz's metadata lookup
 * maps each (title, album, artist) of the local library to, in {@code raw.messybrainz_name_map}
 * (spec/ingest.md 5.8). This links files without MusicBrainz tags to listens and MBIDs.
 *
 * <pre>
 * choose (new=true: never looked up or a failed lookup; before=DATE: looked up before DATE; limit=N: a random N)
 *      --NOTHING_TO_DO--> end
 *      \--> lookup (one call per name triple; upsert by recording_md5, a commit per chunk of 10)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class MsidMapJobConfig {

    static final String JOB_NAME = "msid-map";
    // A call per item: a restart redoes at most this many calls.
    private static final int CHUNK_SIZE = 10;
    /** Failed lookups in a row that stop the job: ListenBrainz is down rather than one name odd. */
    static final int FAILURES_IN_A_ROW = 10;

    @Bean
    public static JobDescription msidMapDescription() {
        return new JobDescription(
                JOB_NAME,
                "map the library's (title, album, artist) to MusicBrainz ids with ListenBrainz's lookup",
                RefreshSelection.SPECS,
                RefreshSelection::check);
    }

    @Bean
    @JobScope
    WorkList<NameTriple> namesToLookUp() {
        return new WorkList<>();
    }

    @Bean
    @JobScope
    ChooseNamesTasklet chooseNamesTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            JdbcClient jdbc,
            WorkList<NameTriple> namesToLookUp) {
        return new ChooseNamesTasklet(RefreshSelection.from(jobParameters), jdbc, namesToLookUp, new Random());
    }

    @Bean
    Step msidMapChooseStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ChooseNamesTasklet chooseNamesTasklet) {
        return new StepBuilder("choose", jobRepository)
                .tasklet(chooseNamesTasklet, transactionManager)
                // A restart must choose again: what is left is what has no fresh row.
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @JobScope
    WorkListReader<NameTriple> namesToLookUpReader(WorkList<NameTriple> namesToLookUp) {
        return new WorkListReader<>(namesToLookUp);
    }

    @Bean
    @JobScope
    Step msidMapLookupStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            WorkListReader<NameTriple> namesToLookUpReader,
            ListenBrainzClient listenBrainzClient,
            JdbcClient jdbc,
            Clock clock,
            @Value("${moomoo.progress.interval:5s}") Duration progressInterval) {
        return new StepBuilder("lookup", jobRepository)
                .<NameTriple, NameMapping>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(namesToLookUpReader)
                .processor(new LookupProcessor(listenBrainzClient, new FailureBudget(FAILURES_IN_A_ROW, true)))
                .writer(new NameMapWriter(jdbc, clock))
                .listener(new StepProgress(JOB_NAME, progressInterval))
                .build();
    }

    @Bean
    Job msidMapJob(JobRepository jobRepository, Step msidMapChooseStep, Step msidMapLookupStep) {
        return ChooseThenWork.start(new JobBuilder(JOB_NAME, jobRepository), msidMapChooseStep, msidMapLookupStep)
                .end()
                .build();
    }
}
