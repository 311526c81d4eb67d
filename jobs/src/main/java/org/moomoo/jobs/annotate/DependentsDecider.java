package org.moomoo.jobs.annotate;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/**
 * Sends {@code annotate-mbids} on to its dependents step when {@code dependents=true}. Not final:
 * Spring proxies it to scope it to one job execution.
 */
class DependentsDecider implements JobExecutionDecider {

    static final String DEPENDENTS = "DEPENDENTS";

    private final boolean dependents;

    DependentsDecider(boolean dependents) {
        this.dependents = dependents;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        return dependents ? new FlowExecutionStatus(DEPENDENTS) : FlowExecutionStatus.COMPLETED;
    }
}
