package org.moomoo.jobs.models;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code build-models}, read once from the job's parameters.
 *
 * @param select      which models, in the selection syntax of the model graph; null for all
 * @param now         the fixed clock of the models, or null for the database's
 * @param fullRefresh whether incremental models are rebuilt from scratch
 */
record BuildModelsParameters(String select, Instant now, boolean fullRefresh) {

    static final JobParameterSpec SELECT = JobParameterSpec.optional(
            "select", Kind.TEXT, "models to build: NAME, NAME+ (and downstream), +NAME (and upstream); default all");
    static final JobParameterSpec NOW =
            JobParameterSpec.optional("now", Kind.TEXT, "a fixed clock for the models, ISO-8601 (tests)");
    static final JobParameterSpec FULL_REFRESH =
            JobParameterSpec.optional("full-refresh", Kind.BOOLEAN, "false", "rebuild incremental models from scratch");

    /** What {@code jobs list} shows and the launcher checks. */
    static final List<JobParameterSpec> SPECS = List.of(SELECT, NOW, FULL_REFRESH);

    static BuildModelsParameters from(JobParameters parameters) {
        return new BuildModelsParameters(
                SELECT.value(parameters).orElse(null),
                NOW.value(parameters).map(BuildModelsParameters::instant).orElse(null),
                FULL_REFRESH.flag(parameters));
    }

    /** The launcher's check of {@code now}, which the parameter's kind (text) does not make. */
    static void checkNow(Map<String, String> values) {
        String now = values.get(NOW.name());
        if (now != null) {
            instant(now);
        }
    }

    private static Instant instant(String now) {
        try {
            return Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    NOW.name() + "=" + now + " is not an ISO-8601 instant such as 2026-06-01T12:00:00Z", e);
        }
    }
}
