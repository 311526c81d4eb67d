package org.moomoo.jobs.worklist;

import java.util.List;

/**
 * The items a job's first step chose for its chunk step, handed over within one job execution.
 *
 * <p>Jobs that use it choose their work from the state of their tables (files without a row,
 * rows without a result), so a restart runs the choosing step again and finds only what was not
 * committed: no reader position to keep. Not final: Spring proxies it to scope it to one job
 * execution.
 *
 * @param <T> the item type
 */
public class WorkList<T> {

    private volatile List<T> items = List.of();

    /** The chosen items, in processing order. */
    public List<T> items() {
        return items;
    }

    /** Replaces the chosen items. */
    public void set(List<T> chosen) {
        items = List.copyOf(chosen);
    }
}
