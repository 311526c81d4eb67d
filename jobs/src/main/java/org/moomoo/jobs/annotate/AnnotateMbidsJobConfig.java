package org.moomoo.jobs.annotate;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.moomoo.jobs.flow.ChooseThenWork;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.musicbrainz.EntityLookup;
import org.moomoo.jobs.musicbrainz.MusicBrainzSettings;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code annotate-mbids}: a MusicBrainz lookup for the MBIDs the models know, in
 * {@code raw.musicbrainz_annotations} (spec/ingest.md 5.2).
 *
 * <pre>
 * choose (contact set? models built? drop dangling; queue new / failed / updated / stale; log sizes)
 *      --NOTHING_TO_DO--> end
 *      \--> annotate (look up, about one a second; upsert by MBID; chunks of 10)
 *           \--> dependents (with dependents=true: releases of artists, release groups of releases)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
public class AnnotateMbidsJobConfig {

    static final String JOB_NAME = "annotate-mbids";
    // Each item takes about a second: small chunks keep a restart's lost work small.
    static final int CHUNK_SIZE = 10;

    @Bean
    public static JobDescription annotateMbidsDescription() {
        return new JobDescription(
                JOB_NAME,
                "look up the MBIDs the models know in MusicBrainz (needs MOOMOO_CONTACT_EMAIL)",
                AnnotateParameters.SPECS,
                AnnotateParameters::check);
    }

    @Bean
    @JobScope
    AnnotationQueue annotationQueue(
            JdbcClient jdbc, @Value("${moomoo.models.schema:analytics}") String schema, Clock clock) {
        return new AnnotationQueue(jdbc, schema, clock, new Random());
    }

    @Bean
    @JobScope
    AnnotationsTable annotationsTable(JdbcTemplate jdbc, Clock clock) {
        return new AnnotationsTable(jdbc, clock);
    }

    @Bean
    @JobScope
    Annotator annotator(EntityLookup entityLookup) {
        return new Annotator(entityLookup);
    }

    // step 1: choose

    @Bean
    @JobScope
    WorkList<Target> mbidsToAnnotate() {
        return new WorkList<>();
    }

    @Bean
    @JobScope
    ChooseAnnotationsTasklet chooseAnnotationsTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            MusicBrainzSettings settings,
            AnnotationQueue annotationQueue,
            WorkList<Target> mbidsToAnnotate) {
        return new ChooseAnnotationsTasklet(
                AnnotateParameters.from(jobParameters), settings, annotationQueue, mbidsToAnnotate);
    }

    @Bean
    Step annotateMbidsChooseStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ChooseAnnotationsTasklet chooseAnnotationsTasklet) {
        return new StepBuilder("choose", jobRepository)
                .tasklet(chooseAnnotationsTasklet, transactionManager)
                // A restart must choose again: what is still to do is what has no new row.
                .allowStartIfComplete(true)
                .build();
    }

    // step 2: annotate

    @Bean
    @JobScope
    WorkListReader<Target> mbidsToAnnotateReader(WorkList<Target> mbidsToAnnotate) {
        return new WorkListReader<>(mbidsToAnnotate);
    }

    @Bean
    Step annotateMbidsStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            WorkListReader<Target> mbidsToAnnotateReader,
            Annotator annotator,
            AnnotationsTable annotationsTable,
            @Value("${moomoo.progress.interval:5s}") Duration progressInterval) {
        return new StepBuilder("annotate", jobRepository)
                .<Target, Annotation>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(mbidsToAnnotateReader)
                .processor(annotator)
                .writer(new AnnotationsWriter(annotationsTable))
                // The queue is chosen anew on a restart: this step must run again over it.
                .allowStartIfComplete(true)
                .listener(new StepProgress(JOB_NAME + " annotate", progressInterval))
                .build();
    }

    // step 3: dependents

    @Bean
    @JobScope
    AnnotateDependentsTasklet annotateDependentsTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            AnnotationQueue annotationQueue,
            Annotator annotator,
            AnnotationsTable annotationsTable) {
        return new AnnotateDependentsTasklet(
                annotationQueue,
                annotator,
                annotationsTable,
                AnnotateParameters.from(jobParameters).queue().partition());
    }

    @Bean
    Step annotateMbidsDependentsStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            AnnotateDependentsTasklet annotateDependentsTasklet) {
        return new StepBuilder("dependents", jobRepository)
                .tasklet(annotateDependentsTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @JobScope
    DependentsDecider dependentsDecider(@Value("#{jobExecution.jobParameters}") JobParameters jobParameters) {
        return new DependentsDecider(AnnotateParameters.from(jobParameters).dependents());
    }

    @Bean
    Job annotateMbidsJob(
            JobRepository jobRepository,
            Step annotateMbidsChooseStep,
            Step annotateMbidsStep,
            Step annotateMbidsDependentsStep,
            DependentsDecider dependentsDecider) {
        return ChooseThenWork.start(new JobBuilder(JOB_NAME, jobRepository), annotateMbidsChooseStep, annotateMbidsStep)
                .next(dependentsDecider)
                .on(DependentsDecider.DEPENDENTS)
                .to(annotateMbidsDependentsStep)
                .from(dependentsDecider)
                .on("*")
                .end()
                .end()
                .build();
    }
}
