package org.moomoo.jobs.launcher;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepExecution;

/**
 * What {@code jobs run}, {@code restart} and {@code status} report of one execution, for people and
 * (as JSON) for Airflow.
 */
public record ExecutionView(
        long executionId,
        String job,
        String status,
        String exitCode,
        String problem,
        LocalDateTime startTime,
        LocalDateTime endTime,
        Map<String, String> parameters,
        List<StepView> steps) {

    /** One step's counters. */
    public record StepView(String name, String status, long read, long written, long skipped, long commits) {}

    static ExecutionView of(JobExecution execution) {
        Map<String, String> parameters = new TreeMap<>();
        for (JobParameter<?> parameter : execution.getJobParameters()) {
            parameters.put(parameter.name(), String.valueOf(parameter.value()));
        }
        List<StepView> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(s -> new StepView(
                        s.getStepName(),
                        s.getStatus().name(),
                        s.getReadCount(),
                        s.getWriteCount(),
                        s.getSkipCount() + s.getFilterCount(),
                        s.getCommitCount()))
                .toList();
        return new ExecutionView(
                execution.getId(),
                execution.getJobInstance().getJobName(),
                execution.getStatus().name(),
                execution.getExitStatus().getExitCode(),
                FailureText.of(execution),
                execution.getStartTime(),
                execution.getEndTime(),
                parameters,
                steps);
    }

    /** Run time so far, or in all once ended. */
    public Duration duration() {
        if (startTime == null) {
            return Duration.ZERO;
        }
        return Duration.between(startTime, endTime == null ? LocalDateTime.now() : endTime);
    }

    /** The JSON form printed by --json. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("execution_id", executionId);
        json.put("job", job);
        json.put("status", status);
        json.put("exit_code", exitCode);
        json.put("problem", problem);
        json.put("start_time", startTime == null ? null : startTime.toString());
        json.put("end_time", endTime == null ? null : endTime.toString());
        json.put("duration_seconds", duration().toMillis() / 1000.0);
        json.put("parameters", parameters);
        json.put(
                "steps",
                steps.stream()
                        .map(s -> {
                            Map<String, Object> step = new LinkedHashMap<>();
                            step.put("name", s.name());
                            step.put("status", s.status());
                            step.put("read", s.read());
                            step.put("written", s.written());
                            step.put("skipped", s.skipped());
                            step.put("commits", s.commits());
                            return step;
                        })
                        .toList());
        return json;
    }
}
