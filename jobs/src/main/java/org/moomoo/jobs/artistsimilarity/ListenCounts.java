package org.moomoo.jobs.artistsimilarity;

import java.util.List;

/**
 * The user x artist matrix of summed dump listen counts: row {@code u} is the user
 * {@code userIds[u]}, column {@code a} the artist {@code artists.get(a)}.
 *
 * @param userIds  the ListenBrainz user id of every row, ascending
 * @param artists  the artist MBID (lower-case text) of every column, ascending
 * @param counts   the summed listen counts
 */
record ListenCounts(int[] userIds, List<String> artists, SparseMatrix counts) {

    boolean isEmpty() {
        return counts.nonZeros() == 0;
    }
}
