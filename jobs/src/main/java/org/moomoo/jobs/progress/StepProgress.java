package org.moomoo.jobs.progress;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Prints one progress line per interval while a chunk step writes (done / total, rate, ETA) and a
 * summary when the step ends (read, written, skipped, failed, time).
 *
 * <p>The step tells the total by putting {@link #TOTAL_KEY} into its execution context before the
 * first chunk; without it the line shows the count and rate only.
 */
public final class StepProgress implements StepExecutionListener, ItemWriteListener<Object> {

    /** Execution-context key under which a step announces how many items it will write. */
    public static final String TOTAL_KEY = "progress.total";

    private static final Logger log = LoggerFactory.getLogger(StepProgress.class);

    private final String label;
    private final Duration interval;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private StepExecution step;
    private long startNanos;
    private long lastReportNanos;

    /**
     * @param label    what the lines start with, usually {@code job step}
     * @param interval the least time between two progress lines
     */
    public StepProgress(String label, Duration interval) {
        this.label = label;
        this.interval = interval;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        startNanos = System.nanoTime();
        lastReportNanos = startNanos;
        written.set(0);
        failed.set(0);
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        written.addAndGet(items.size());
        for (Object item : items) {
            if (item instanceof FailureCounted counted && counted.failed()) {
                failed.incrementAndGet();
            }
        }
        long now = System.nanoTime();
        if (now - lastReportNanos >= interval.toNanos()) {
            lastReportNanos = now;
            long total = step.getExecutionContext().getLong(TOTAL_KEY, -1L);
            log.info(ProgressLine.progress(label, written.get(), total, Duration.ofNanos(now - startNanos)));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long skipped = stepExecution.getSkipCount() + stepExecution.getFilterCount();
        String status = stepExecution.getExitStatus().getExitCode();
        log.info(ProgressLine.summary(
                label,
                status,
                stepExecution.getReadCount(),
                stepExecution.getWriteCount(),
                skipped,
                failed.get(),
                Duration.ofNanos(System.nanoTime() - startNanos)));
        return stepExecution.getExitStatus();
    }
}
