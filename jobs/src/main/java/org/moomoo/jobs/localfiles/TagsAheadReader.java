package org.moomoo.jobs.localfiles;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.moomoo.jobs.progress.StepProgress;
import org.moomoo.jobs.worklist.WorkList;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Hands out the rows of the files the scan chose, in the scan's order, reading their tags ahead on
 * the tag-reading threads: while the step writes one chunk, those threads already read the next,
 * so the files are read in parallel and the writes cost no reading time.
 *
 * <p>It keeps no position, as {@code WorkListReader}: after a failure the scan step chooses again
 * the files without a committed row. Rows read ahead of a failed chunk are simply dropped. Not
 * final: Spring proxies it to scope it to one job execution.
 */
class TagsAheadReader implements ItemStreamReader<LocalFileRow> {

    private final WorkList<LibraryFile> work;
    private final LocalFileProcessor processor;
    private final Executor executor;
    private final int ahead;
    private final ArrayDeque<CompletableFuture<LocalFileRow>> pending = new ArrayDeque<>();
    private Iterator<LibraryFile> files;

    /**
     * @param work      the files to read, in order
     * @param processor turns one file into its row; called on the executor's threads
     * @param executor  the tag-reading threads
     * @param ahead     how many files may be read ahead of the step, at least a chunk and a half
     *                  so that the threads never wait for the writer
     */
    TagsAheadReader(WorkList<LibraryFile> work, LocalFileProcessor processor, Executor executor, int ahead) {
        this.work = work;
        this.processor = processor;
        this.executor = executor;
        this.ahead = ahead;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        files = work.items().iterator();
        executionContext.putLong(StepProgress.TOTAL_KEY, work.items().size());
        fill();
    }

    @Override
    public LocalFileRow read() throws InterruptedException {
        CompletableFuture<LocalFileRow> next = pending.poll();
        if (next == null) {
            return null;
        }
        fill();
        try {
            return next.get();
        } catch (ExecutionException e) {
            // The processor records unreadable files as rows; anything else is a bug to surface as is.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        // Not started yet after a failure: no thread reads files for a step that has ended.
        pending.forEach(future -> future.cancel(false));
        pending.clear();
    }

    private void fill() {
        while (pending.size() < ahead && files.hasNext()) {
            LibraryFile file = files.next();
            pending.add(CompletableFuture.supplyAsync(() -> processor.process(file), executor));
        }
    }
}
