package org.moomoo.playlist.similarity;

/**
 * A song path that cannot be made from the tracks asked for: one is not a file of the library, has
 * no usable vector, or both ends are the same file. The message says which and what to do.
 */
public final class SongPathException extends Exception {

    /** What is wrong with the ends. */
    public enum Problem {
        /** No file of the library has that path. */
        NOT_IN_LIBRARY,
        /** The file is in the library but has no usable conditioned vector. */
        NO_VECTOR,
        /** Both ends are the same file. */
        SAME_TRACK
    }

    private final Problem problem;
    private final String path;

    SongPathException(Problem problem, String path, String message) {
        super(message);
        this.problem = problem;
        this.path = path;
    }

    public Problem problem() {
        return problem;
    }

    /** The path the problem is about. */
    public String path() {
        return path;
    }
}
