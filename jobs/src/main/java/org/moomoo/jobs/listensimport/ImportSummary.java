package org.moomoo.jobs.listensimport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Prints the import's summary line when its step ends, and keeps it as the step's exit description. */
final class ImportSummary implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportSummary.class);

    private final ImportTally tally;

    ImportSummary(ImportTally tally) {
        this.tally = tally;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        String summary = tally.summary();
        log.info(summary);
        return stepExecution.getExitStatus().addExitDescription(summary);
    }
}
