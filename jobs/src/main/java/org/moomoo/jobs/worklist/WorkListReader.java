package org.moomoo.jobs.worklist;

import java.util.Iterator;
import org.moomoo.jobs.progress.StepProgress;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Hands out the items of a {@link WorkList} in order and announces their number for the progress
 * line. It keeps no position: after a failure the choosing step runs again and chooses only what
 * was not committed. Not final: Spring proxies it to scope it to one job execution.
 *
 * @param <T> the item type
 */
public class WorkListReader<T> implements ItemStreamReader<T> {

    private final WorkList<T> work;
    private Iterator<T> items;

    public WorkListReader(WorkList<T> work) {
        this.work = work;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        items = work.items().iterator();
        executionContext.putLong(StepProgress.TOTAL_KEY, work.items().size());
    }

    @Override
    public synchronized T read() {
        return items.hasNext() ? items.next() : null;
    }
}
