package org.moomoo.playlist.similarity;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One open similarity stream: a best-first search that computes the exact distance of a candidate
 * only when no cheaper lower bound can rule it out.
 *
 * <p>Every candidate sits in a min-heap keyed by a lower bound of its final distance, refined in
 * steps when it reaches the top: (0) its distance to the seeds' weighted centroid divided by the
 * largest multiplier any pair can have; (1) the same divided by the largest multiplier its own
 * artist has with a seed; (2) the weighted sum of its distances to the centroid of each group of
 * seeds sharing a multiplier, each divided by that group's multiplier; (3) the exact distance. A
 * weighted mean of distances is never less than the distance to the weighted centroid (triangle
 * inequality), so each step is a lower bound of the next. An exact entry at the top of the
 * {@link CandidateHeap} is no larger than every bound below it, so it is the next row of the
 * stream.
 */
final class SimilarityQuery implements Iterator<Candidate> {

    /** Bounds are shrunk by this factor so that rounding can never lift one above the exact distance. */
    private static final double BOUND_SLACK = 1 - 1e-9;

    private static final byte GLOBAL_BOUND = 0;
    private static final byte ARTIST_BOUND = 1;
    private static final byte GROUP_BOUND = 2;

    private final LibrarySnapshot snapshot;
    private final SeedSet seeds;
    private final int dimension;
    private final double threshold;
    /** Predicate weight by file; null when the request has none (all 1). */
    private final double[] predicates;

    private final double[] groupCentroids;
    private final double[] groupWeights;
    private final boolean useGroupBounds;
    /** The multipliers of each candidate artist with each seed group, computed when first needed. */
    private final double[][] multipliersByArtist;

    private final double[] centroidDistance;

    private final CandidateHeap heap;

    private final int limit;
    private int emitted;
    private Candidate next;

    SimilarityQuery(LibrarySnapshot snapshot, SeedSet seeds, StreamRequest request) {
        this.snapshot = snapshot;
        this.seeds = seeds;
        this.dimension = snapshot.dimension();
        this.threshold = snapshot.nearDuplicateDistance();
        this.limit = request.limit() == null ? Integer.MAX_VALUE : request.limit();
        this.predicates = PredicateWeights.byFile(snapshot, request.predicateWeights());
        this.multipliersByArtist = new double[snapshot.artistCount()][];
        this.groupWeights = new double[seeds.groupCount()];
        this.groupCentroids = new double[seeds.groupCount() * dimension];
        double[] centroid = centroids();
        // Group bounds cost one distance per group: worth it only with clearly fewer groups than seeds.
        this.useGroupBounds = seeds.groupCount() * 2 <= seeds.size();

        int size = snapshot.size();
        centroidDistance = new double[size];
        heap = new CandidateHeap(snapshot, size);
        float[] vectors = snapshot.vectors();
        for (int file = 0; file < size; file++) {
            if (seeds.excludes(file)) {
                continue;
            }
            double predicate = predicate(file);
            if (predicate == 0) {
                continue;
            }
            double sum = 0;
            int offset = file * dimension;
            for (int k = 0; k < dimension; k++) {
                double diff = centroid[k] - vectors[offset + k];
                sum += diff * diff;
            }
            double distance = Math.sqrt(sum);
            centroidDistance[file] = distance;
            heap.add(distance / CfMultiplier.LARGEST / predicate * BOUND_SLACK, GLOBAL_BOUND, file);
        }
        heap.order();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Candidate next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Candidate candidate = next;
        next = null;
        return candidate;
    }

    private Candidate advance() {
        if (emitted >= limit) {
            return null;
        }
        while (!heap.isEmpty()) {
            int file = heap.topFile();
            switch (heap.topLevel()) {
                case CandidateHeap.EXACT -> {
                    Candidate candidate = snapshot.candidate(file, heap.topKey());
                    heap.removeTop();
                    emitted++;
                    return candidate;
                }
                case GLOBAL_BOUND ->
                    heap.replaceTop(
                            centroidDistance[file] / largestMultiplier(file) / predicate(file) * BOUND_SLACK,
                            ARTIST_BOUND);
                case ARTIST_BOUND -> {
                    if (useGroupBounds) {
                        heap.replaceTop(groupBound(file) / predicate(file) * BOUND_SLACK, GROUP_BOUND);
                    } else {
                        refineToExact(file);
                    }
                }
                default -> refineToExact(file);
            }
        }
        return null;
    }

    private void refineToExact(int file) {
        double distance = exact(file);
        if (Double.isNaN(distance)) {
            heap.removeTop();
        } else {
            heap.replaceTop(distance, CandidateHeap.EXACT);
        }
    }

    /** The final distance of spec 4.3 to 4.5, or NaN when a seed is a near-duplicate of the file. */
    private double exact(int file) {
        double[] multipliers = multipliers(file);
        double sum = 0;
        for (int s = 0; s < seeds.size(); s++) {
            double distance = snapshot.distance(seeds.file(s), file);
            if (distance <= threshold) {
                return Double.NaN;
            }
            sum += seeds.weight(s) * distance / multipliers[seeds.group(s)];
        }
        return sum / seeds.totalWeight() / predicate(file);
    }

    private double groupBound(int file) {
        double[] multipliers = multipliers(file);
        float[] vectors = snapshot.vectors();
        int offset = file * dimension;
        double sum = 0;
        for (int g = 0; g < groupWeights.length; g++) {
            double squares = 0;
            int centroidOffset = g * dimension;
            for (int k = 0; k < dimension; k++) {
                double diff = groupCentroids[centroidOffset + k] - vectors[offset + k];
                squares += diff * diff;
            }
            sum += groupWeights[g] * Math.sqrt(squares) / multipliers[g];
        }
        return sum / seeds.totalWeight();
    }

    private double largestMultiplier(int file) {
        double largest = 0;
        for (double multiplier : multipliers(file)) {
            largest = Math.max(largest, multiplier);
        }
        return largest;
    }

    private double[] multipliers(int file) {
        int artist = snapshot.artistIndex(file);
        double[] multipliers = multipliersByArtist[artist];
        if (multipliers == null) {
            multipliers = new double[seeds.groupCount()];
            for (int g = 0; g < multipliers.length; g++) {
                multipliers[g] = snapshot.multiplier(seeds.groupArtist(g), artist);
            }
            multipliersByArtist[artist] = multipliers;
        }
        return multipliers;
    }

    private double predicate(int file) {
        return predicates == null ? 1.0 : predicates[file];
    }

    /** Fills the group centroids and weights and returns the centroid of all seeds. */
    private double[] centroids() {
        float[] vectors = snapshot.vectors();
        double[] centroid = new double[dimension];
        for (int s = 0; s < seeds.size(); s++) {
            int g = seeds.group(s);
            double weight = seeds.weight(s);
            groupWeights[g] += weight;
            int offset = seeds.file(s) * dimension;
            for (int k = 0; k < dimension; k++) {
                centroid[k] += weight * vectors[offset + k];
                groupCentroids[g * dimension + k] += weight * vectors[offset + k];
            }
        }
        for (int k = 0; k < dimension; k++) {
            centroid[k] /= seeds.totalWeight();
        }
        for (int g = 0; g < groupWeights.length; g++) {
            for (int k = 0; k < dimension; k++) {
                groupCentroids[g * dimension + k] /= groupWeights[g];
            }
        }
        return centroid;
    }
}
