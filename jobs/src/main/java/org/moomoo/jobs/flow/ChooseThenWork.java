package org.moomoo.jobs.flow;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.FlowJobBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.step.Step;

/**
 * The shape of a job whose first step chooses its work: the job ends when that step says there is
 * {@link #NOTHING_TO_DO}, fails when it fails, and otherwise goes on to the work.
 *
 * <p>The failure transition is the point: a flow's {@code "*"} also matches {@code FAILED}, so
 * without it a choice that failed would go on to the work step with no work chosen and could end
 * the job {@code COMPLETED}.
 */
public final class ChooseThenWork {

    /** The exit code of a choice that found nothing to do; the job ends {@code COMPLETED}. */
    public static final String NOTHING_TO_DO = "NOTHING_TO_DO";

    private ChooseThenWork() {}

    /**
     * Starts {@code job} with {@code choose} and, unless it found nothing to do or failed,
     * {@code work}. The caller may add steps, then calls {@code end().build()}.
     */
    public static FlowBuilder<FlowJobBuilder> start(JobBuilder job, Step choose, Step work) {
        return job.start(choose)
                .on(NOTHING_TO_DO)
                .end()
                .from(choose)
                .on(ExitStatus.FAILED.getExitCode())
                .fail()
                .from(choose)
                .on("*")
                .to(work);
    }
}
