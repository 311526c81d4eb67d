package org.moomoo.jobs.artistsimilarity;

import java.time.Clock;
import javax.sql.DataSource;
import org.moomoo.jobs.launcher.JobDescription;
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
 * {@code update-artist-similarity-matrix}: fits the collaborative-filtering model on the stored
 * ListenBrainz dump counts and replaces {@code raw.listenbrainz_artist_factors}, one factor vector
 * per artist (spec/ingest.md 5.11; DESIGN 7 stores vectors instead of the original's pair table).
 */
@Configuration(proxyBeanMethods = false)
public class ArtistSimilarityJobConfig {

    static final String JOB_NAME = "update-artist-similarity-matrix";

    @Bean
    public static JobDescription updateArtistSimilarityMatrixDescription() {
        return new JobDescription(
                JOB_NAME,
                "fit the artist-similarity model (ALS) on the last year of ListenBrainz dump counts",
                ArtistSimilarityParameters.SPECS);
    }

    @Bean
    @JobScope
    FitArtistFactorsTasklet fitArtistFactorsTasklet(
            @Value("#{jobExecution.jobParameters}") JobParameters jobParameters,
            DataSource dataSource,
            JdbcClient jdbc,
            Clock clock) {
        return new FitArtistFactorsTasklet(
                ArtistSimilarityParameters.from(jobParameters),
                new DumpCountsReader(dataSource),
                new ArtistFactorsTable(jdbc),
                AlsSettings.ARTIST_SIMILARITY,
                clock);
    }

    @Bean
    Step updateArtistSimilarityMatrixFitStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            FitArtistFactorsTasklet fitArtistFactorsTasklet) {
        return new StepBuilder("fit", jobRepository)
                .tasklet(fitArtistFactorsTasklet, transactionManager)
                .build();
    }

    @Bean
    Job updateArtistSimilarityMatrixJob(JobRepository jobRepository, Step updateArtistSimilarityMatrixFitStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(updateArtistSimilarityMatrixFitStep)
                .build();
    }
}
