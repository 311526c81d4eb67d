package org.moomoo.jobs.embed;

import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Closes what a step made for itself (a model session, a thread pool) when the step ends, failed
 * or not.
 */
final class CloseAfterStep implements StepExecutionListener {

    private final List<AutoCloseable> resources;

    CloseAfterStep(AutoCloseable... resources) {
        this.resources = List.of(resources);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release a resource of step " + stepExecution.getStepName(), e);
            }
        }
        return stepExecution.getExitStatus();
    }
}
