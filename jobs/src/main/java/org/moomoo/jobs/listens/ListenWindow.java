package org.moomoo.jobs.listens;

/**
 * The listens still to fetch between two instants, both included, in unix seconds.
 *
 * @param first the earliest {@code listened_at} of the window
 * @param last  the latest {@code listened_at} of the window
 */
record ListenWindow(long first, long last) {

    ListenWindow {
        if (first > last) {
            throw new IllegalArgumentException("a window ends before it starts: " + first + " > " + last);
        }
    }

    /** Stored in the step's ExecutionContext as {@code first:last}. */
    @Override
    public String toString() {
        return first + ":" + last;
    }

    static ListenWindow parse(String text) {
        int colon = text.indexOf(':');
        return new ListenWindow(Long.parseLong(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
    }
}
