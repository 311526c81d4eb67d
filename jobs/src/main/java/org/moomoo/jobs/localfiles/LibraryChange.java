package org.moomoo.jobs.localfiles;

import java.nio.file.Path;
import java.util.Optional;
import org.moomoo.jobs.progress.ProgressLine;

/**
 * What a scan would do to the stored library, checked before anything is removed: a scan of a
 * folder other than the recorded root, or one that would remove more than half of the known files,
 * is most likely a wrong path or a disk that is not mounted, so it needs {@code replace=true}.
 *
 * @param scanned  the folder being scanned
 * @param recorded the recorded library root, or null before the first scan
 * @param known    rows stored before this scan
 * @param removed  rows this scan would remove
 */
record LibraryChange(Path scanned, Path recorded, int known, int removed) {

    /** Why this scan must not go ahead without {@code replace=true}, or empty when it may. */
    Optional<String> refusal() {
        if (recorded != null && !recorded.equals(scanned)) {
            return Optional.of("library=" + scanned + " is not the recorded music folder " + recorded
                    + ": this scan would remove " + ProgressLine.count(removed) + " of " + ProgressLine.count(known)
                    + " files of " + recorded + ". Nothing was changed: check the path, or run again with replace=true"
                    + " to make " + scanned + " the library");
        }
        if (removed * 2L > known) {
            return Optional.of(
                    "this scan would remove " + ProgressLine.count(removed) + " of " + ProgressLine.count(known)
                            + " files of " + scanned + ": only " + ProgressLine.count(known - removed)
                            + " of them were found (a wrong path, or a disk that is not mounted?). Nothing was changed: check"
                            + " the folder, or run again with replace=true if those files are really gone");
        }
        return Optional.empty();
    }

    /** True when the scanned folder must be recorded as the library root. */
    boolean recordsRoot() {
        return !scanned.equals(recorded);
    }
}
