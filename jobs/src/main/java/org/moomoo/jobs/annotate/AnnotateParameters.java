package org.moomoo.jobs.annotate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.moomoo.jobs.listens.IsoDates;
import org.moomoo.jobs.worklist.Partition;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code annotate-mbids} (spec/ingest.md 5.2), read once from the job's parameters.
 *
 * @param queue      which MBIDs to queue
 * @param drop       whether dangling failed annotations are deleted first
 * @param dependents whether the releases of annotated artists and the release groups of annotated
 *                   releases are annotated too, recursively
 */
record AnnotateParameters(QueueOptions queue, boolean drop, boolean dependents) {

    static final JobParameterSpec NEW = JobParameterSpec.optional(
            "new", Kind.BOOLEAN, "true", "annotate the MBIDs of the models that have no annotation");
    static final JobParameterSpec UPDATED = JobParameterSpec.optional(
            "updated", Kind.BOOLEAN, "false", "re-annotate what MusicBrainz dumps report changed");
    static final JobParameterSpec RETRY_FAILURES = JobParameterSpec.optional(
            "retry-failures", Kind.BOOLEAN, "false", "retry lookups that failed other than with a 4xx status");
    static final JobParameterSpec BEFORE = JobParameterSpec.optional(
            "before", Kind.TEXT, "re-annotate what was fetched before this date, e.g. 2024-01-01 (default none)");
    static final JobParameterSpec LIMIT = JobParameterSpec.optional(
            "limit", Kind.POSITIVE_INT, "the most MBIDs to queue, about one a second (default all)");
    static final JobParameterSpec DROP = JobParameterSpec.optional(
            "drop", Kind.BOOLEAN, "true", "first delete failed annotations of MBIDs the models no longer know");
    static final JobParameterSpec DEPENDENTS = JobParameterSpec.optional(
            "dependents",
            Kind.BOOLEAN,
            "false",
            "also annotate the releases of annotated artists and the release groups of annotated releases");
    static final JobParameterSpec PARTITION =
            JobParameterSpec.optional("partition", Kind.PARTITION, Partition.ALL.toString(), "this worker's share i/n");

    /** What {@code jobs list} shows and the launcher checks. */
    static final List<JobParameterSpec> SPECS =
            List.of(NEW, UPDATED, RETRY_FAILURES, BEFORE, LIMIT, DROP, DEPENDENTS, PARTITION);

    static AnnotateParameters from(JobParameters parameters) {
        QueueOptions queue = new QueueOptions(
                NEW.flag(parameters),
                UPDATED.flag(parameters),
                RETRY_FAILURES.flag(parameters),
                BEFORE.value(parameters).map(text -> IsoDates.parse(BEFORE.name(), text)),
                LIMIT.value(parameters)
                        .map(n -> OptionalInt.of(Integer.parseInt(n)))
                        .orElse(OptionalInt.empty()),
                PARTITION.partition(parameters));
        return new AnnotateParameters(queue, DROP.flag(parameters), DEPENDENTS.flag(parameters));
    }

    /** The launcher's check: a date that parses. */
    static void check(Map<String, String> values) {
        Optional.ofNullable(values.get(BEFORE.name())).ifPresent(text -> IsoDates.parse(BEFORE.name(), text));
    }
}
