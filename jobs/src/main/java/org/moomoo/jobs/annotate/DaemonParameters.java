package org.moomoo.jobs.annotate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.moomoo.jobs.worklist.Partition;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code annotation-daemon} (spec/ingest.md 5.3).
 *
 * @param fresh             as {@code new=} of annotate-mbids
 * @param updated           as {@code updated=}
 * @param retryFailures     as {@code retry-failures=}
 * @param reannotateAfter   re-annotate what is older than this; zero turns it off
 * @param batch             MBIDs queued per batch
 * @param dependents        as {@code dependents=}
 * @param partition         this worker's share
 */
record DaemonParameters(
        boolean fresh,
        boolean updated,
        boolean retryFailures,
        Duration reannotateAfter,
        int batch,
        boolean dependents,
        Partition partition) {

    static final JobParameterSpec NEW = JobParameterSpec.optional(
            "new", Kind.BOOLEAN, "true", "annotate the MBIDs of the models that have no annotation");
    static final JobParameterSpec UPDATED = JobParameterSpec.optional(
            "updated", Kind.BOOLEAN, "true", "re-annotate what MusicBrainz dumps report changed");
    static final JobParameterSpec RETRY_FAILURES = JobParameterSpec.optional(
            "retry-failures", Kind.BOOLEAN, "true", "retry lookups that failed other than with a 4xx status");
    static final JobParameterSpec REANNOTATE_AFTER_DAYS = JobParameterSpec.optional(
            "reannotate-after-days", Kind.TEXT, "180", "re-annotate what is older; 0 turns it off");
    static final JobParameterSpec BATCH =
            JobParameterSpec.optional("batch", Kind.POSITIVE_INT, "200", "MBIDs queued per batch");
    static final JobParameterSpec DEPENDENTS = JobParameterSpec.optional(
            "dependents", Kind.BOOLEAN, "true", "also annotate the releases of artists and release groups of releases");
    static final JobParameterSpec PARTITION =
            JobParameterSpec.optional("partition", Kind.PARTITION, Partition.ALL.toString(), "this worker's share i/n");

    static final List<JobParameterSpec> SPECS =
            List.of(NEW, UPDATED, RETRY_FAILURES, REANNOTATE_AFTER_DAYS, BATCH, DEPENDENTS, PARTITION);

    static DaemonParameters from(JobParameters parameters) {
        return new DaemonParameters(
                NEW.flag(parameters),
                UPDATED.flag(parameters),
                RETRY_FAILURES.flag(parameters),
                Duration.ofDays(days(REANNOTATE_AFTER_DAYS.text(parameters))),
                BATCH.number(parameters),
                DEPENDENTS.flag(parameters),
                PARTITION.partition(parameters));
    }

    /** The launcher's check: a whole number of days. */
    static void check(Map<String, String> values) {
        Optional.ofNullable(values.get(REANNOTATE_AFTER_DAYS.name())).ifPresent(DaemonParameters::days);
    }

    private static long days(String text) {
        try {
            long days = Long.parseLong(text.trim());
            if (days < 0) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(REANNOTATE_AFTER_DAYS.name() + "=" + text
                    + ": expected a whole number of days, 0 or more (0 turns it off)");
        }
    }

    /** The queue of one batch at {@code now}. */
    QueueOptions queue(Instant now) {
        Optional<Instant> before =
                reannotateAfter.isZero() ? Optional.empty() : Optional.of(now.minus(reannotateAfter));
        return new QueueOptions(fresh, updated, retryFailures, before, OptionalInt.of(batch), partition);
    }
}
