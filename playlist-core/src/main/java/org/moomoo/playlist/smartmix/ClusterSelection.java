package org.moomoo.playlist.smartmix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which clusters become smart mixes (spec/playlists-http-client.md 6.8 step 8): those with 3 to 8
 * distinct artists, and of those, when there are more than wanted, the tightest.
 */
final class ClusterSelection {

    static final int MIN_ARTISTS = 3;
    static final int MAX_ARTISTS = 8;

    private ClusterSelection() {}

    /**
     * The chosen clusters as lists of pool indexes: at most {@code count}, in order of first
     * appearance when all fit, else by mean pairwise distance ascending. Empty when none qualifies.
     */
    static List<List<Integer>> select(int[] labels, List<PoolTrack> pool, DistanceMatrix distances, int count) {
        Map<Integer, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != Hdbscan.NOISE) {
                byLabel.computeIfAbsent(labels[i], label -> new ArrayList<>()).add(i);
            }
        }
        List<List<Integer>> kept = new ArrayList<>();
        for (List<Integer> members : byLabel.values()) {
            Set<String> artists = new HashSet<>();
            members.forEach(i -> artists.add(pool.get(i).artistKey()));
            if (artists.size() >= MIN_ARTISTS && artists.size() <= MAX_ARTISTS) {
                kept.add(members);
            }
        }
        if (kept.size() <= count) {
            return kept;
        }
        List<List<Integer>> tightestFirst = new ArrayList<>(kept);
        // Stable: equally tight clusters keep their order of first appearance.
        tightestFirst.sort(Comparator.comparingDouble(members -> meanDistance(members, distances)));
        return List.copyOf(tightestFirst.subList(0, count));
    }

    /** Mean distance over the unordered pairs of the cluster. */
    static double meanDistance(List<Integer> members, DistanceMatrix distances) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                sum += distances.get(members.get(a), members.get(b));
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
