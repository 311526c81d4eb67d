package org.moomoo.jobs.embed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.moomoo.jobs.worklist.Partition;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code embed}, read once from the job's parameters.
 *
 * @param library     the music folder, absolute and normalised
 * @param embedder    one of {@link EmbedderChoice#NAMES}
 * @param model       the ONNX file for MERT, or null for sonic-v1
 * @param threads     files embedded at once, at least 1
 * @param partition   this worker's share of the files
 * @param retryFailed whether the files whose last attempt failed are tried again
 */
record EmbedParameters(
        Path library, String embedder, String model, int threads, Partition partition, boolean retryFailed) {

    static final JobParameterSpec LIBRARY = JobParameterSpec.required("library", Kind.DIRECTORY, "the music folder");
    static final JobParameterSpec EMBEDDER =
            JobParameterSpec.choice("embedder", EmbedderChoice.NAMES, EmbedderChoice.SONIC, "which embedder");
    static final JobParameterSpec MODEL =
            JobParameterSpec.optional("model", Kind.FILE, "the ONNX export of MERT, for embedder=mert-v1-330m");
    static final JobParameterSpec THREADS =
            JobParameterSpec.optional("threads", Kind.POSITIVE_INT, "files embedded at once (default: the cores)");
    static final JobParameterSpec PARTITION =
            JobParameterSpec.optional("partition", Kind.PARTITION, Partition.ALL.toString(), "this worker's share i/n");
    static final JobParameterSpec RETRY_FAILED = JobParameterSpec.optional(
            "retry-failed",
            Kind.BOOLEAN,
            "false",
            "also embed the files whose last attempt failed, e.g. after installing ffmpeg");

    /** What {@code jobs list} shows and the launcher checks. */
    static final List<JobParameterSpec> SPECS = List.of(LIBRARY, EMBEDDER, MODEL, THREADS, PARTITION, RETRY_FAILED);

    EmbedParameters {
        Objects.requireNonNull(library);
        Objects.requireNonNull(embedder);
        Objects.requireNonNull(partition);
        if (threads < 1) {
            throw new IllegalArgumentException("threads=" + threads + ": expected a whole number of at least 1");
        }
    }

    static EmbedParameters from(JobParameters parameters) {
        return new EmbedParameters(
                LIBRARY.path(parameters),
                EMBEDDER.text(parameters),
                MODEL.value(parameters).orElse(null),
                THREADS.value(parameters).map(Integer::valueOf).orElseGet(Runtime.getRuntime()::availableProcessors),
                PARTITION.partition(parameters),
                RETRY_FAILED.flag(parameters));
    }

    /** The launcher's check: a model goes with MERT and only with it. */
    static void check(Map<String, String> values) {
        EmbedderChoice.check(values.getOrDefault(EMBEDDER.name(), EMBEDDER.defaultValue()), values.get(MODEL.name()));
    }
}
