package org.moomoo.playlist.generator;

/** No source track was found for a generator: no path matched, or no MBID led to a file. */
public final class NoFilesRequestedException extends Exception {

    public NoFilesRequestedException() {
        super("No paths requested (or found via request).");
    }
}
