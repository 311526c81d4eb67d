package org.moomoo.jobs.localfiles;

import static org.moomoo.jobs.flow.ChooseThenWork.NOTHING_TO_DO;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.moomoo.jobs.worklist.WorkList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1 of {@code local-files}: walks the library, applies the exclusion patterns, removes the rows
 * of files that are gone, and decides which files must be read (new, or changed in size or
 * modification time).
 *
 * <p>When no file is new or changed, the job ends after this step with {@code NOTHING_TO_DO}
 * ("every file is stored as it is"): the read-tags step is skipped.
 *
 * <p>An empty library (after exclusion) ends the job with {@code NOTHING_TO_DO} and leaves the
 * tables alone: an unmounted music drive must not wipe the table. A scan of another folder than the
 * recorded root, or one that would remove more than half of the stored files, fails with what it
 * would remove unless {@code replace} is set (see {@link LibraryChange}); the first scan, or an
 * accepted replacement, records the scanned folder as the root.
 *
 * <p>Not final: Spring proxies it to scope it to one job execution.
 */
class ScanLibraryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScanLibraryTasklet.class);

    private final Path library;
    private final LibraryScanner scanner;
    private final LocalFilesTable table;
    private final WorkList<LibraryFile> scanned;
    private final boolean replace;

    ScanLibraryTasklet(
            Path library,
            LibraryScanner scanner,
            LocalFilesTable table,
            WorkList<LibraryFile> scanned,
            boolean replace) {
        this.library = library;
        this.scanner = scanner;
        this.table = table;
        this.scanned = scanned;
        this.replace = replace;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<FoundFile> found = scanner.scan(library);
        log.info("Found {} audio files", found.size());
        ExcludePatterns excludes = table.excludePatterns();
        List<FoundFile> kept = found.stream()
                .filter(file -> !excludes.excludes(file.relativePath()))
                .toList();
        log.info("Filtered down to {} audio files after regex exclusion.", kept.size());
        if (kept.isEmpty()) {
            log.info("No audio files found. Exiting.");
            contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, "no audio files under " + library));
            return RepeatStatus.FINISHED;
        }

        // One read of every stored stamp, compared in memory: an unchanged file costs no query.
        Map<String, FileStamp> stored = table.stamps();
        Set<String> gone = new HashSet<>(stored.keySet());
        List<FoundFile> changed = new ArrayList<>();
        for (FoundFile file : kept) {
            gone.remove(file.relativePath());
            if (!Objects.equals(stored.get(file.relativePath()), file.stamp())) {
                changed.add(file);
            }
        }
        LibraryChange change = new LibraryChange(library, table.libraryRoot().orElse(null), stored.size(), gone.size());
        if (!replace) {
            change.refusal().ifPresent(refusal -> {
                throw new ScanRefusedException(refusal);
            });
        }
        if (change.recordsRoot()) {
            log.info("Recording {} as the music library", library);
            table.recordLibraryRoot(library);
        }
        int removed = table.delete(gone);

        List<LibraryFile> toRead = new ArrayList<>(changed.size());
        for (FoundFile file : changed) {
            scanner.describe(file).ifPresent(toRead::add);
        }
        scanned.set(toRead);
        // The step's counters: files excluded, rows removed.
        contribution.incrementFilterCount(found.size() - kept.size());
        contribution.incrementWriteCount(removed);
        log.info(
                "{} unchanged, {} to read, {} removed (deleted, moved or excluded)",
                kept.size() - changed.size(),
                toRead.size(),
                removed);
        if (toRead.isEmpty()) {
            // Nothing to read: the job ends here instead of starting a chunk step for no item.
            contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, "every file is stored as it is"));
        }
        return RepeatStatus.FINISHED;
    }
}
