package org.moomoo.jobs.localfiles;

import java.util.Iterator;
import org.moomoo.jobs.progress.StepProgress;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Hands out the files the scan step chose, in path order, and announces their number for the
 * progress line. It keeps no position: after a failure the scan runs again and chooses only the
 * files whose rows were not committed.
 *
 * <p>Not final: Spring proxies it to scope it to one job execution.
 */
class ScannedFilesReader implements ItemStreamReader<LibraryFile> {

    private final ScannedLibrary scanned;
    private Iterator<LibraryFile> files;

    ScannedFilesReader(ScannedLibrary scanned) {
        this.scanned = scanned;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        files = scanned.toRead().iterator();
        executionContext.putLong(StepProgress.TOTAL_KEY, scanned.toRead().size());
    }

    @Override
    public synchronized LibraryFile read() {
        return files.hasNext() ? files.next() : null;
    }
}
