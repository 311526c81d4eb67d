package org.moomoo.jobs.conditioner;

import java.util.List;
import java.util.Objects;
import org.moomoo.jobs.embed.EmbedderChoice;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code conditioner-build} and {@code conditioner-apply}, read once from the
 * job's parameters.
 *
 * @param embedder whose vectors are conditioned
 * @param replace  whether every conditioned vector is recomputed (conditioner-build only)
 */
record ConditionerParameters(String embedder, boolean replace) {

    static final JobParameterSpec EMBEDDER =
            JobParameterSpec.choice("embedder", EmbedderChoice.NAMES, EmbedderChoice.SONIC, "whose vectors");
    static final JobParameterSpec REPLACE =
            JobParameterSpec.optional("replace", Kind.BOOLEAN, "false", "recompute every conditioned vector");

    /** What {@code jobs list} shows and the launcher checks, for conditioner-build. */
    static final List<JobParameterSpec> BUILD_SPECS = List.of(EMBEDDER, REPLACE);
    /** The same for conditioner-apply. */
    static final List<JobParameterSpec> APPLY_SPECS = List.of(EMBEDDER);

    ConditionerParameters {
        Objects.requireNonNull(embedder);
    }

    static ConditionerParameters from(JobParameters parameters) {
        return new ConditionerParameters(EMBEDDER.text(parameters), REPLACE.flag(parameters));
    }
}
