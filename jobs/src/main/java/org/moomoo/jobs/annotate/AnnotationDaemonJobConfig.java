package org.moomoo.jobs.annotate;

import java.time.Clock;
import java.time.Duration;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.musicbrainz.MusicBrainzClient;
import org.moomoo.jobs.musicbrainz.MusicBrainzSettings;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code annotation-daemon}: the work of {@code annotate-mbids} as a loop that runs until SIGTERM
 * (spec/ingest.md 5.3). One step, {@link AnnotationDaemonTasklet}; {@link DaemonStop} ends it.
 */
@Configuration(proxyBeanMethods = false)
public class AnnotationDaemonJobConfig {

    static final String JOB_NAME = "annotation-daemon";

    @Bean
    public static JobDescription annotationDaemonDescription() {
        return new JobDescription(
                JOB_NAME,
                "annotate-mbids in batches, forever, until SIGTERM (needs MOOMOO_CONTACT_EMAIL)",
                DaemonParameters.SPECS,
                DaemonParameters::check);
    }

    // Made at start-up, not on first use: it must hear the context close even when made by no one.
    @Bean
    @Lazy(false)
    DaemonStop annotationDaemonStop(
            ObjectProvider<MusicBrainzClient> musicBrainzClient,
            @Value("${moomoo.annotation-daemon.stop-grace:10s}") Duration grace) {
        return new DaemonStop(musicBrainzClient, grace);
    }

    @Bean
    @JobScope
    AnnotationDaemonTasklet annotationDaemonTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            MusicBrainzSettings settings,
            AnnotationQueue annotationQueue,
            Annotator annotator,
            AnnotationsTable annotationsTable,
            DaemonStop annotationDaemonStop,
            Clock clock,
            @Value("${moomoo.annotation-daemon.busy-pause:10s}") Duration busyPause,
            @Value("${moomoo.annotation-daemon.idle-pause:300s}") Duration idlePause) {
        return new AnnotationDaemonTasklet(
                DaemonParameters.from(jobParameters),
                settings,
                annotationQueue,
                annotator,
                annotationsTable,
                annotationDaemonStop,
                clock,
                busyPause,
                idlePause);
    }

    @Bean
    Step annotationDaemonStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            AnnotationDaemonTasklet annotationDaemonTasklet) {
        return new StepBuilder("annotate", jobRepository)
                .tasklet(annotationDaemonTasklet, transactionManager)
                .build();
    }

    @Bean
    Job annotationDaemonJob(JobRepository jobRepository, Step annotationDaemonStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(annotationDaemonStep)
                .build();
    }
}
