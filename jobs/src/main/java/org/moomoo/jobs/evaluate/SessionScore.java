package org.moomoo.jobs.evaluate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How "more like this" (or a baseline in its place) did on the holdout's sessions.
 *
 * @param sessions how many sessions were scored
 * @param hitRate  share of the sessions of which at least one other track is in the first 20 tracks
 * @param mrr      mean over the sessions of 1 / the rank of the first of the session's other tracks in
 *                 the first 20 (0 when none is)
 */
public record SessionScore(int sessions, double hitRate, double mrr) {

    /** How many tracks of a ranking count. */
    static final int CUTOFF_RANK = 20;

    /** The score of {@code ranking}, the tracks a method proposes for a session, best first. */
    static SessionScore of(List<Session> sessions, Function<Session, List<String>> ranking) {
        int hits = 0;
        double reciprocalRanks = 0;
        for (Session session : sessions) {
            Set<String> others = new HashSet<>(session.others());
            List<String> proposed = ranking.apply(session);
            for (int rank = 1; rank <= Math.min(CUTOFF_RANK, proposed.size()); rank++) {
                if (others.contains(proposed.get(rank - 1))) {
                    hits++;
                    reciprocalRanks += 1.0 / rank;
                    break;
                }
            }
        }
        int n = sessions.size();
        return new SessionScore(n, n == 0 ? 0.0 : (double) hits / n, n == 0 ? 0.0 : reciprocalRanks / n);
    }
}
