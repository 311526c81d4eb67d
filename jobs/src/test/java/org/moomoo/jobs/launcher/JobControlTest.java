package org.moomoo.jobs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.launcher.JobControl.UsageException;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@JobTest
class JobControlTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path library;

    @BeforeEach
    void oneFileAndEmptyTables() throws IOException {
        jdbc.sql("TRUNCATE raw.local_music_files, raw.local_music_files_birth_timestamps, raw.local_music_library")
                .update();
        Files.write(library.resolve("song.mp3"), "not really audio".getBytes());
    }

    private String libraryArgument() {
        return "library=" + library.toAbsolutePath().normalize();
    }

    @Test
    void anUnknownJobIsRefusedWithTheListOfJobs() {
        assertThatThrownBy(() -> jobs.run("local-flies", List.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(", local-files, ")
                // Every job, in name order; the list grows with each feature, so it is derived here.
                .hasMessage("unknown job 'local-flies'; the jobs are: "
                        + String.join(
                                ", ",
                                jobs.descriptions().stream()
                                        .map(JobDescription::name)
                                        .toList()));
    }

    @Test
    void anUnknownParameterIsRefusedWithTheValidOnes() {
        assertThatThrownBy(() -> jobs.run("local-files", List.of(libraryArgument(), "procs=2")))
                .isInstanceOf(UsageException.class)
                .hasMessage(
                        "local-files has no parameter 'procs'; valid parameters of local-files: library (required), replace");
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        assertThatThrownBy(() -> jobs.run("local-files", List.of()))
                .isInstanceOf(UsageException.class)
                .hasMessage("local-files needs library=... (the music folder to scan)");
    }

    @Test
    void aLibraryThatIsNotAFolderIsRefused() {
        assertThatThrownBy(() -> jobs.run("local-files", List.of("library=/no/such/folder")))
                .isInstanceOf(UsageException.class)
                .hasMessage("library=/no/such/folder: no such folder; give the path of an existing folder");
    }

    @Test
    void anArgumentWithoutEqualsSignIsRefused() {
        assertThatThrownBy(() -> jobs.run("local-files", List.of("library")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("'library' is not key=value");
    }

    @Test
    void aCompletedRunExitsZeroAndAFreshRunIsANewInstance() throws SQLException {
        // when
        Outcome first = jobs.run("local-files", List.of(libraryArgument()));
        Outcome second = jobs.run("local-files", List.of(libraryArgument()));

        // then
        assertThat(first.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(second.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(second.execution().parameters().get(JobControl.RUN_ID))
                .isNotEqualTo(first.execution().parameters().get(JobControl.RUN_ID));
    }

    @Test
    void theSameJobWithTheSameParametersCannotRunTwiceAtOnce() throws SQLException {
        // given: another process holds this run's lock
        try (RunLock held = RunLock.tryAcquire(
                dataSource,
                "local-files",
                "{library=" + library.toAbsolutePath().normalize() + "}")) {
            assertThat(held).isNotNull();

            // when
            Outcome outcome = jobs.run("local-files", List.of(libraryArgument()));

            // then
            assertThat(outcome.exitCode()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(outcome.message()).startsWith("local-files is already running with these parameters");
        }
    }

    @Test
    void anExecutionLeftStartedByAKilledProcessIsMarkedFailedAndResumed() throws SQLException {
        // given: an execution that a killed process left STARTED
        JobParameters parameters = new JobParametersBuilder()
                .addString("library", library.toAbsolutePath().normalize().toString())
                .addLong(JobControl.RUN_ID, 1L)
                .toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("local-files", parameters);
        JobExecution abandoned = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        abandoned.setStatus(BatchStatus.STARTED);
        abandoned.setStartTime(LocalDateTime.now());
        jobRepository.update(abandoned);

        // when
        Outcome outcome = jobs.run("local-files", List.of(libraryArgument()));

        // then: the same instance is finished, the dead execution no longer counts as running
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(outcome.execution().parameters()).containsEntry(JobControl.RUN_ID, "1");
        assertThat(jobRepository.getJobExecution(abandoned.getId()).getStatus()).isNotEqualTo(BatchStatus.STARTED);
        assertThat(jobRepository.findRunningJobExecutions("local-files")).isEmpty();
    }

    @Test
    void restartByIdResumesAFailedExecution() throws SQLException {
        // given: a run that fails because the table refuses rows
        jdbc.sql("ALTER TABLE raw.local_music_files ADD CONSTRAINT refuse CHECK (filepath <> 'song.mp3')")
                .update();
        Outcome failed = jobs.run("local-files", List.of(libraryArgument()));
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        jdbc.sql("ALTER TABLE raw.local_music_files DROP CONSTRAINT refuse").update();

        // when
        Outcome restarted = jobs.restart(failed.execution().executionId());

        // then
        assertThat(restarted.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(restarted.execution().parameters())
                .isEqualTo(failed.execution().parameters());
        assertThat(jobs.restart(failed.execution().executionId()).message()).contains("which COMPLETED");
    }

    @Test
    void restartOfAnUnknownExecutionIsAUsageError() {
        assertThatThrownBy(() -> jobs.restart(987_654L))
                .isInstanceOf(UsageException.class)
                .hasMessage("no execution 987654; see ./moomoo jobs status for the executions");
    }

    @Test
    void statusListsExecutionsNewestFirst() throws SQLException {
        // given
        Outcome first = jobs.run("local-files", List.of(libraryArgument()));
        Outcome second = jobs.run("local-files", List.of(libraryArgument()));

        // when
        List<ExecutionView> recent = jobs.recent("local-files", 2);

        // then
        assertThat(recent)
                .extracting(ExecutionView::executionId)
                .containsExactly(
                        second.execution().executionId(), first.execution().executionId());
    }
}
