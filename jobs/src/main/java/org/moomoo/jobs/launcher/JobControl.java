package org.moomoo.jobs.launcher;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * Starts, resumes and inspects jobs for the command line and for Airflow.
 *
 * <p>{@code run} resumes the last execution of the same job with the same parameters when that one
 * failed or was stopped, and starts a new instance otherwise, so "run the same command again" is
 * always the way to recover. A run holds a {@link RunLock}; an execution left STARTED by a killed
 * process (its lock is free) is marked failed and resumed.
 */
public final class JobControl {

    /** Identifying parameter that makes each fresh run its own job instance. */
    static final String RUN_ID = "run.id";

    private static final Logger log = LoggerFactory.getLogger(JobControl.class);
    private static final Set<BatchStatus> RESUMABLE = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);
    private static final int INSTANCES_TO_SEARCH = 50;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final DataSource dataSource;
    private final Function<String, Job> jobs;
    private final Map<String, JobDescription> descriptions;

    /**
     * @param jobs         the job of each described name, asked for only when that job starts, so that a
     *                     command builds no other job's beans
     * @param descriptions one per job
     */
    public JobControl(
            JobOperator jobOperator,
            JobRepository jobRepository,
            DataSource dataSource,
            Function<String, Job> jobs,
            List<JobDescription> descriptions) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.descriptions = descriptions.stream()
                .collect(Collectors.toMap(JobDescription::name, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    /** Every job, by name. */
    public List<JobDescription> descriptions() {
        return List.copyOf(descriptions.values());
    }

    /** What came of a request: the exit code and, when something ran, its execution. */
    public record Outcome(int exitCode, String message, ExecutionView execution) {}

    /**
     * Validates {@code arguments} ({@code key=value}) against the job's description and runs it.
     *
     * @throws UsageException when the job or a parameter is unknown or a value is invalid
     */
    public Outcome run(String jobName, List<String> arguments) throws SQLException {
        JobDescription description = descriptions.get(jobName);
        if (description == null) {
            throw new UsageException(
                    "unknown job '" + jobName + "'; the jobs are: " + String.join(", ", descriptions.keySet()));
        }
        Map<String, String> parameters = JobArguments.parse(description, arguments);
        return launch(jobName, parameters, last -> {
            if (last != null && RESUMABLE.contains(last.getStatus())) {
                log.info("Resuming {} from execution {}, which ended {}", jobName, last.getId(), last.getStatus());
                return Decision.start(last.getJobParameters());
            }
            return Decision.start(fresh(parameters));
        });
    }

    /** Resumes execution {@code executionId} (failed, stopped, or left running by a dead process). */
    public Outcome restart(long executionId) throws SQLException {
        JobExecution execution = findExecution(executionId);
        if (execution == null) {
            throw new UsageException("no execution " + executionId + "; see ./moomoo jobs status for the executions");
        }
        String jobName = execution.getJobInstance().getJobName();
        if (!descriptions.containsKey(jobName)) {
            throw new UsageException(
                    "execution " + executionId + " is of job '" + jobName + "', which this version does not have");
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(
                    ExitCodes.COMPLETED,
                    "execution " + executionId + " already COMPLETED; nothing to restart",
                    ExecutionView.of(execution));
        }
        return launch(jobName, userParameters(execution.getJobParameters()), latest -> {
            if (latest != null
                    && latest.getJobInstance().getInstanceId()
                            == execution.getJobInstance().getInstanceId()
                    && latest.getStatus() == BatchStatus.COMPLETED) {
                return Decision.done(new Outcome(
                        ExitCodes.COMPLETED,
                        "execution " + executionId + " was already resumed by execution " + latest.getId()
                                + ", which COMPLETED",
                        ExecutionView.of(latest)));
            }
            log.info("Restarting {} execution {}", jobName, executionId);
            return Decision.start(execution.getJobParameters());
        });
    }

    /** What to do once the run lock is held: start with these parameters, or report an outcome. */
    private record Decision(JobParameters start, Outcome done) {

        static Decision start(JobParameters parameters) {
            return new Decision(parameters, null);
        }

        static Decision done(Outcome outcome) {
            return new Decision(null, outcome);
        }
    }

    /**
     * Holds the run lock of (job, parameters), marks executions a dead process left STARTED as
     * failed, and lets {@code decide} choose from the last execution with these parameters.
     */
    private Outcome launch(String jobName, Map<String, String> parameters, Function<JobExecution, Decision> decide)
            throws SQLException {
        try (RunLock lock = RunLock.tryAcquire(dataSource, jobName, parameters.toString())) {
            if (lock == null) {
                return alreadyRunning(jobName, parameters);
            }
            recoverAbandoned(jobName, parameters);
            Decision decision = decide.apply(lastExecutionWith(jobName, parameters));
            if (decision.done() != null) {
                return decision.done();
            }
            return finished(jobOperator.start(jobs.apply(jobName), decision.start()));
        } catch (JobExecutionAlreadyRunningException e) {
            return alreadyRunning(jobName, parameters);
        } catch (JobInstanceAlreadyCompleteException | JobRestartException | InvalidJobParametersException e) {
            throw new UsageException(FailureText.of(e));
        }
    }

    /** The most recent executions, newest first, of one job or of all. */
    public List<ExecutionView> recent(String jobName, int limit) {
        if (jobName != null && !descriptions.containsKey(jobName)) {
            throw new UsageException(
                    "unknown job '" + jobName + "'; the jobs are: " + String.join(", ", descriptions.keySet()));
        }
        List<String> names = jobName == null ? List.copyOf(descriptions.keySet()) : List.of(jobName);
        return names.stream()
                .flatMap(name -> jobRepository.getJobInstances(name, 0, limit).stream())
                .flatMap(instance -> jobRepository.getJobExecutions(instance).stream())
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(limit)
                .map(ExecutionView::of)
                .toList();
    }

    private JobExecution findExecution(long executionId) {
        try {
            return jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private Outcome finished(JobExecution execution) {
        ExecutionView view = ExecutionView.of(execution);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(ExitCodes.COMPLETED, null, view);
        }
        if (log.isDebugEnabled()) {
            execution
                    .getAllFailureExceptions()
                    .forEach(e -> log.debug("failure of execution {}", execution.getId(), e));
        }
        boolean refused = execution.getAllFailureExceptions().stream().anyMatch(JobControl::isRefusal);
        return new Outcome(
                ExitCodes.FAILED, refused ? null : "run the same command again to resume where it stopped", view);
    }

    private static boolean isRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JobRefusedException) {
                return true;
            }
        }
        return false;
    }

    private Outcome alreadyRunning(String jobName, Map<String, String> parameters) {
        JobExecution running = jobRepository.findRunningJobExecutions(jobName).stream()
                .filter(e -> userParameters(e.getJobParameters()).equals(parameters))
                .findFirst()
                .orElse(null);
        String which =
                running == null ? "" : " (execution " + running.getId() + ", started " + running.getStartTime() + ")";
        return new Outcome(
                ExitCodes.ALREADY_RUNNING,
                jobName + " is already running with these parameters" + which + "; wait for it to finish",
                running == null ? null : ExecutionView.of(running));
    }

    // Called with the run lock held: a STARTED execution with these parameters has no live process.
    private void recoverAbandoned(String jobName, Map<String, String> parameters) {
        for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
            if (userParameters(execution.getJobParameters()).equals(parameters)) {
                log.warn(
                        "Execution {} of {} was left unfinished by a process that stopped; marking it FAILED so it can resume",
                        execution.getId(),
                        jobName);
                jobOperator.recover(execution);
            }
        }
    }

    private JobExecution lastExecutionWith(String jobName, Map<String, String> parameters) {
        for (JobInstance instance : jobRepository.getJobInstances(jobName, 0, INSTANCES_TO_SEARCH)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && userParameters(last.getJobParameters()).equals(parameters)) {
                return last;
            }
        }
        return null;
    }

    private static JobParameters fresh(Map<String, String> parameters) {
        JobParametersBuilder builder = new JobParametersBuilder();
        parameters.forEach(builder::addString);
        builder.addLong(RUN_ID, System.currentTimeMillis());
        return builder.toJobParameters();
    }

    private static Map<String, String> userParameters(JobParameters jobParameters) {
        Map<String, String> parameters = new TreeMap<>();
        for (JobParameter<?> parameter : jobParameters) {
            if (!parameter.name().equals(RUN_ID)) {
                parameters.put(parameter.name(), String.valueOf(parameter.value()));
            }
        }
        return parameters;
    }

    /** A request that cannot be carried out as asked: the message says what is valid. */
    public static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
