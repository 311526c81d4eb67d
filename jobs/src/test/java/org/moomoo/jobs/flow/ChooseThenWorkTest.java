package org.moomoo.jobs.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

@JobTest
class ChooseThenWorkTest {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final List<String> ran = new ArrayList<>();

    @Test
    void aFailedChoiceFailsTheJobWithoutDoingTheWork() throws Exception {
        JobExecution execution = run("failed-choice", (contribution, chunk) -> {
            throw new IllegalStateException("the queue cannot be read");
        });

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(ran).containsExactly("choose");
    }

    @Test
    void nothingToDoEndsTheJobCompletedWithoutDoingTheWork() throws Exception {
        JobExecution execution = run("nothing-to-do", (contribution, chunk) -> {
            contribution.setExitStatus(new ExitStatus(ChooseThenWork.NOTHING_TO_DO, "no file is new"));
            return RepeatStatus.FINISHED;
        });

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(ran).containsExactly("choose");
    }

    @Test
    void aChoiceWithWorkGoesOnToTheWork() throws Exception {
        JobExecution execution = run("work-chosen", (contribution, chunk) -> RepeatStatus.FINISHED);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(ran).containsExactly("choose", "work");
    }

    private JobExecution run(String name, Tasklet choice) throws Exception {
        Step choose = step("choose", choice);
        Step work = step("work", (contribution, chunk) -> RepeatStatus.FINISHED);
        Job job = ChooseThenWork.start(new JobBuilder(name, jobRepository), choose, work)
                .end()
                .build();
        JobParameters parameters =
                new JobParametersBuilder().addString("test", name).toJobParameters();
        JobInstance instance = jobRepository.createJobInstance(name, parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        job.execute(execution);
        return execution;
    }

    private Step step(String name, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(
                        (contribution, context) -> {
                            ran.add(name);
                            return tasklet.execute(contribution, context);
                        },
                        transactionManager)
                .build();
    }
}
