package org.moomoo.jobs.artistsimilarity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.moomoo.jobs.progress.ProgressLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The one step of {@code update-artist-similarity-matrix} (spec/ingest.md 5.11, DESIGN 7): reads
 * the last year's dump counts, weights them with BM25, fits implicit ALS and replaces every
 * artist's factor vector, all in the step's transaction. The fit is deterministic, so a failed run
 * that is started again, or a second run on the same counts, stores the same vectors.
 *
 * <p>Not final: Spring proxies it to scope it to one job execution.
 */
class FitArtistFactorsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FitArtistFactorsTasklet.class);

    private final ArtistSimilarityParameters parameters;
    private final DumpCountsReader reader;
    private final ArtistFactorsTable table;
    private final AlsSettings settings;
    private final Clock clock;

    FitArtistFactorsTasklet(
            ArtistSimilarityParameters parameters,
            DumpCountsReader reader,
            ArtistFactorsTable table,
            AlsSettings settings,
            Clock clock) {
        this.parameters = parameters;
        this.reader = reader;
        this.table = table;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long started = System.nanoTime();
        ListenCounts counts = reader.read(LocalDate.now(clock), parameters.ownUserId());
        if (counts.isEmpty()) {
            log.info(
                    "No data to process for artist similarity matrix: no artist has {} or more listeners in the"
                            + " dumps of the last {} days. The stored factors are left as they are.",
                    DumpCountsReader.MIN_LISTENERS,
                    DumpCountsReader.DAYS);
            return RepeatStatus.FINISHED;
        }
        log.info(
                "{} users x {} artists, {} listen counts read in {}",
                ProgressLine.count(counts.userIds().length),
                ProgressLine.count(counts.artists().size()),
                ProgressLine.count(counts.counts().nonZeros()),
                ProgressLine.duration(Duration.ofNanos(System.nanoTime() - started)));
        SparseMatrix weights = Bm25.weight(counts.counts(), Bm25.K1, Bm25.B);
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        AlsModel model;
        double loss;
        long fitStarted = System.nanoTime();
        try {
            ImplicitAls als = new ImplicitAls(settings, pool);
            model = als.fit(
                    weights,
                    (iteration, fitted) -> log.info(
                            "{}  loss {}",
                            ProgressLine.progress(
                                    ArtistSimilarityJobConfig.JOB_NAME + " als iteration",
                                    iteration,
                                    settings.iterations(),
                                    Duration.ofNanos(System.nanoTime() - fitStarted)),
                            String.format(Locale.ROOT, "%.6g", als.loss(weights, fitted))));
            loss = als.loss(weights, model);
        } finally {
            pool.shutdown();
        }
        Duration fitTime = Duration.ofNanos(System.nanoTime() - fitStarted);
        int stored = table.replace(counts.artists(), model);
        contribution.incrementWriteCount(stored);
        log.info(
                "{} COMPLETED  {} users x {} artists ({} counts), {} iterations of {} factors in {} (loss {});"
                        + " stored {} artist factor vectors in {}",
                ArtistSimilarityJobConfig.JOB_NAME,
                ProgressLine.count(counts.userIds().length),
                ProgressLine.count(counts.artists().size()),
                ProgressLine.count(counts.counts().nonZeros()),
                settings.iterations(),
                settings.factors(),
                ProgressLine.duration(fitTime),
                String.format(Locale.ROOT, "%.6g", loss),
                ProgressLine.count(stored),
                ProgressLine.duration(Duration.ofNanos(System.nanoTime() - started)));
        return RepeatStatus.FINISHED;
    }
}
