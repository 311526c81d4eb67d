package org.moomoo.playlist.similarity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed set S of spec 4.2 resolved against a snapshot: the weight-positive seeds that are
 * embedded files, in request order, with their weights, plus the files no candidate may be (every
 * weight-positive seed, embedded or not).
 *
 * <p>Seeds are also grouped by the artist that decides their collaborative-filtering multiplier
 * (seeds of an artist without factors share one neutral group), because every seed of a group has
 * the same multiplier for a given candidate: the engine bounds distances per group.
 */
final class SeedSet {

    private final int[] files;
    private final double[] weights;
    private final double totalWeight;
    private final int[] groupOfSeed;
    private final int[] groupArtists;
    private final BitSet excluded;

    private SeedSet(
            int[] files, double[] weights, double totalWeight, int[] groupOfSeed, int[] groupArtists, BitSet excluded) {
        this.files = files;
        this.weights = weights;
        this.totalWeight = totalWeight;
        this.groupOfSeed = groupOfSeed;
        this.groupArtists = groupArtists;
        this.excluded = excluded;
    }

    static SeedSet of(LibrarySnapshot snapshot, StreamRequest request) {
        List<Integer> files = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        BitSet excluded = new BitSet(snapshot.size());
        for (int i = 0; i < request.seeds().size(); i++) {
            double weight = request.weight(i);
            if (weight == 0) {
                // A zero-weight seed is not a seed at all: it may even come back as a candidate.
                continue;
            }
            int file = snapshot.indexOf(request.seeds().get(i));
            if (file >= 0) {
                excluded.set(file);
                files.add(file);
                weights.add(weight);
            }
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        Map<Integer, Integer> groupByArtist = new HashMap<>();
        List<Integer> groupArtists = new ArrayList<>();
        int[] groupOfSeed = new int[files.size()];
        for (int s = 0; s < files.size(); s++) {
            int artist = snapshot.artistIndex(files.get(s));
            int key = snapshot.hasFactors(artist) ? artist : LibrarySnapshot.NO_ARTIST;
            groupOfSeed[s] = groupByArtist.computeIfAbsent(key, k -> {
                groupArtists.add(k);
                return groupArtists.size() - 1;
            });
        }
        return new SeedSet(
                files.stream().mapToInt(Integer::intValue).toArray(),
                weights.stream().mapToDouble(Double::doubleValue).toArray(),
                total,
                groupOfSeed,
                groupArtists.stream().mapToInt(Integer::intValue).toArray(),
                excluded);
    }

    boolean isEmpty() {
        return files.length == 0;
    }

    int size() {
        return files.length;
    }

    int file(int seed) {
        return files[seed];
    }

    double weight(int seed) {
        return weights[seed];
    }

    double totalWeight() {
        return totalWeight;
    }

    int groupCount() {
        return groupArtists.length;
    }

    int group(int seed) {
        return groupOfSeed[seed];
    }

    /** The artist number whose factors decide the group's multipliers ({@link LibrarySnapshot#NO_ARTIST}: neutral). */
    int groupArtist(int group) {
        return groupArtists[group];
    }

    /** Whether a file is a weight-positive seed, so never a candidate. */
    boolean excludes(int file) {
        return excluded.get(file);
    }
}
