package org.moomoo.jobs.conditioner;

import static org.moomoo.jobs.flow.ChooseThenWork.NOTHING_TO_DO;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1 of {@code conditioner-build}: fits a PCA on every successful raw vector of the embedder
 * and stores it as the current conditioner, in the step's transaction. With {@code replace=true}
 * it also drops every conditioned vector so that the apply step recomputes them all.
 * Not final: Spring proxies it to scope it to one job execution.
 */
class FitConditionerTasklet implements Tasklet {

    // The original's near-duplicate distance, tuned for MERT after its PCA (DESIGN section 7).
    private static final double MERT_NEAR_DUPLICATE = 0.5;

    private static final Logger log = LoggerFactory.getLogger(FitConditionerTasklet.class);

    private final String embedder;
    private final boolean replace;
    private final ConditionerStore store;

    FitConditionerTasklet(String embedder, boolean replace, ConditionerStore store) {
        this.embedder = embedder;
        this.replace = replace;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<float[]> vectors = store.rawVectors(embedder);
        if (vectors.isEmpty()) {
            log.info("No successful {} vectors yet: run the embed job first. Nothing to fit.", embedder);
            contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, "no vectors of " + embedder));
            return RepeatStatus.FINISHED;
        }
        boolean mert = embedder.startsWith("mert");
        // Hand-made features live on different scales; MERT's dimensions share one (spec/ml.md 4).
        PcaConditioner model = PcaFitter.fit(embedder, vectors, !mert, mert ? MERT_NEAR_DUPLICATE : null);
        store.saveAsCurrent(model);
        if (replace) {
            int forgotten = store.forgetConditioned(embedder);
            log.info("replace=true: {} conditioned vectors will be recomputed", forgotten);
        }
        long nonZero =
                Arrays.stream(model.explainedVariance()).filter(v -> v > 0).count();
        log.info(
                "Fitted {} {} on {} vectors of {} dimensions ({} non-zero components); near-duplicate distance {}",
                PcaConditioner.NAME,
                model.hash(),
                vectors.size(),
                model.inputDimension(),
                nonZero,
                String.format(Locale.ROOT, "%.4f", model.nearDuplicateDistance()));
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
