package org.moomoo.jobs.localfiles;

import java.util.List;

/**
 * The files the scan step found new or changed, handed to the tag-reading step of the same job
 * execution. A restart runs the scan again, which finds only the files not yet written.
 *
 * <p>Not final: Spring proxies it to scope it to one job execution.
 */
class ScannedLibrary {

    private volatile List<LibraryFile> toRead = List.of();

    List<LibraryFile> toRead() {
        return toRead;
    }

    void toRead(List<LibraryFile> files) {
        toRead = List.copyOf(files);
    }
}
