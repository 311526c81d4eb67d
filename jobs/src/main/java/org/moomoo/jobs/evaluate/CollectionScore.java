package org.moomoo.jobs.evaluate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a set of playlists did on the holdout.
 *
 * @param playlists how many playlists
 * @param tracks    how many tracks in all
 * @param hitShare  share of the playlists with at least one held-out track
 * @param precision share of the playlist tracks that were played in the holdout
 * @param recall    share of the distinct held-out tracks that some playlist holds
 * @param novelty   share of the held-out tracks never played before the cutoff that some playlist holds
 */
public record CollectionScore(
        int playlists, int tracks, double hitShare, double precision, double recall, double novelty) {

    /** The score of {@code playlists} (each a list of file paths); an empty set scores 0 everywhere. */
    static CollectionScore of(List<List<String>> playlists, Holdout holdout) {
        int withHit = 0;
        int tracks = 0;
        int hits = 0;
        Set<String> covered = new HashSet<>();
        for (List<String> playlist : playlists) {
            boolean hit = false;
            for (String track : playlist) {
                tracks++;
                covered.add(track);
                if (holdout.heldOut().contains(track)) {
                    hits++;
                    hit = true;
                }
            }
            if (hit) {
                withHit++;
            }
        }
        Set<String> recalled = new HashSet<>(holdout.heldOut());
        recalled.retainAll(covered);
        Set<String> novel = holdout.novel();
        int novelCount = novel.size();
        novel.retainAll(covered);
        return new CollectionScore(
                playlists.size(),
                tracks,
                share(withHit, playlists.size()),
                share(hits, tracks),
                share(recalled.size(), holdout.heldOut().size()),
                share(novel.size(), novelCount));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
