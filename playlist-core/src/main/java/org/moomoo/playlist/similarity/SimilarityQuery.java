package org.moomoo.playlist.similarity;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One open similarity stream: a best-first search that computes the exact distance of a candidate
 * only when no cheaper lower bound can rule it out.
 *
 * <p>Candidates sit in a min-heap keyed by a lower bound of their final distance, refined in steps
 * when they reach the top: (1) the distance to the seeds' weighted centroid divided by the largest
 * multiplier the candidate's artist has with a seed; (2) the weighted sum of its distances to the
 * centroid of each group of seeds sharing a multiplier, each divided by that group's multiplier;
 * (3) the exact distance. A weighted mean of distances is never less than the distance to the
 * weighted centroid (triangle inequality), so each step is a lower bound of the next. An exact
 * entry at the top of the {@link CandidateHeap} is no larger than every bound below it, so it is
 * the next row of the stream.
 *
 * <p>A stream is read for a few dozen rows far more often than for all of them, so the heap does
 * not hold every candidate. One pass over the library puts each candidate in a bucket by a coarser
 * bound, its centroid distance (a lower bound of it, from the float pass of {@link
 * CentroidDistances}) divided by the largest multiplier any pair can have; the buckets
 * are ranges of that bound in increasing order. The heap is loaded bucket by bucket, the smallest
 * first, until it holds {@code firstLoad} candidates, and again (twice as many each time) when its
 * top falls in a bucket beyond the loaded ones. Until then its top is below the coarse bound of
 * every candidate not loaded, hence below their distances, and is the next row just as if every
 * candidate were in the heap.
 */
final class SimilarityQuery implements Iterator<Candidate> {

    /** Bounds are shrunk by this factor so that rounding can never lift one above the exact distance. */
    private static final double BOUND_SLACK = 1 - 1e-9;
    /**
     * Turns a centroid distance into the coarse bound: one product instead of two divisions, which
     * rounds differently only in the last bits, far inside the slack.
     */
    private static final double GLOBAL_SCALE = BOUND_SLACK / CfMultiplier.LARGEST;

    private static final byte ARTIST_BOUND = 1;
    private static final byte GROUP_BOUND = 2;

    /**
     * The bucket of infinity, the last one. A bucket is the top 16 bits of a bound rounded to a
     * float: the exponent and 7 bits of the mantissa, so a bucket spans under 1% of its bound.
     */
    private static final int LAST_BUCKET = Float.floatToRawIntBits(Float.POSITIVE_INFINITY) >>> 16;
    /** The bucket of a file that is no candidate: above every real bucket. */
    private static final char NO_BUCKET = Character.MAX_VALUE;

    private final LibrarySnapshot snapshot;
    private final SeedSet seeds;
    private final int dimension;
    private final double threshold;
    /** Predicate weight by file; null when the request has none (all 1). */
    private final double[] predicates;

    private final double[] centroid;
    private final double[] groupCentroids;
    private final double[] groupWeights;
    private final boolean useGroupBounds;
    /** The multipliers of each candidate artist with each seed group, computed when first needed. */
    private final double[][] multipliersByArtist;

    /** The bucket of each file's coarse bound, {@link #NO_BUCKET} for a file that is no candidate. */
    private final char[] bucketOfFile;
    /** The number of candidates in each bucket. */
    private final int[] bucketSizes;
    /** The highest bucket holding a candidate, -1 when there are none. */
    private final int lastUsedBucket;
    /** Every candidate of this bucket and the ones below is in the heap (or already out of it). */
    private int loadedBucket = -1;

    private int loadedCount;
    private final int firstLoad;

    private final CandidateHeap heap;
    private final SimilarityReasons reasons;

    private final int limit;
    private int emitted;
    private Candidate next;

    /**
     * @param firstLoad how many candidates the heap holds at first (more when the buckets overlap it);
     *     any positive number gives the same stream
     */
    SimilarityQuery(LibrarySnapshot snapshot, SeedSet seeds, StreamRequest request, int firstLoad) {
        if (firstLoad < 1) {
            throw new IllegalArgumentException("firstLoad must be positive, got " + firstLoad);
        }
        this.snapshot = snapshot;
        this.seeds = seeds;
        this.firstLoad = firstLoad;
        this.dimension = snapshot.dimension();
        this.threshold = snapshot.nearDuplicateDistance();
        this.limit = request.limit() == null ? Integer.MAX_VALUE : request.limit();
        this.predicates = PredicateWeights.byFile(snapshot, request.predicateWeights());
        this.multipliersByArtist = new double[snapshot.artistCount()][];
        this.groupWeights = new double[seeds.groupCount()];
        this.groupCentroids = new double[seeds.groupCount() * dimension];
        this.centroid = centroids();
        // Group bounds cost one distance per group: worth it only with clearly fewer groups than
        // seeds, and one group's bound is the artist bound again.
        this.useGroupBounds = seeds.groupCount() >= 2 && seeds.groupCount() * 2 <= seeds.size();

        int size = snapshot.size();
        bucketOfFile = new char[size];
        bucketSizes = new int[LAST_BUCKET + 1];
        CentroidDistances distances = new CentroidDistances(snapshot, centroid);
        double[] bounds = new double[LibrarySnapshot.BLOCK];
        int last = -1;
        for (int first = 0; first < size; first += LibrarySnapshot.BLOCK) {
            distances.lowerBounds(first / LibrarySnapshot.BLOCK, bounds);
            int end = Math.min(first + LibrarySnapshot.BLOCK, size);
            for (int file = first; file < end; file++) {
                double predicate = predicate(file);
                if (predicate == 0 || seeds.excludes(file)) {
                    bucketOfFile[file] = NO_BUCKET;
                    continue;
                }
                double bound = bounds[file - first] * GLOBAL_SCALE;
                if (predicates != null) {
                    bound /= predicate;
                }
                int bucket = bucket(bound);
                bucketOfFile[file] = (char) bucket;
                bucketSizes[bucket]++;
                last = Math.max(last, bucket);
            }
        }
        lastUsedBucket = last;
        heap = new CandidateHeap(snapshot, firstLoad * 2);
        reasons = new SimilarityReasons(snapshot, seeds, request);
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
        while (true) {
            // A top in a bucket beyond the loaded ones may be beaten by a candidate not yet loaded.
            if (loadedBucket < lastUsedBucket && (heap.isEmpty() || bucket(heap.topKey()) > loadedBucket)) {
                load();
                continue;
            }
            if (heap.isEmpty()) {
                return null;
            }
            int file = heap.topFile();
            switch (heap.topLevel()) {
                case CandidateHeap.EXACT -> {
                    Candidate candidate = reasons.explain(snapshot.candidate(file, heap.topKey()), file);
                    heap.removeTop();
                    emitted++;
                    return candidate;
                }
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
    }

    /**
     * Puts the candidates of the next buckets into the heap, as many as were loaded so far (at least
     * {@code firstLoad}), each keyed by its artist bound.
     */
    private void load() {
        int wanted = Math.max(firstLoad, loadedCount);
        int count = 0;
        int from = loadedBucket;
        int to = loadedBucket;
        while (to < lastUsedBucket && count < wanted) {
            to++;
            count += bucketSizes[to];
        }
        for (int file = 0; file < bucketOfFile.length; file++) {
            int bucket = bucketOfFile[file];
            // NO_BUCKET is above every bucket, so files that are no candidate never pass.
            if (bucket > from && bucket <= to) {
                double bound = distance(centroid, 0, file) / largestMultiplier(file) / predicate(file) * BOUND_SLACK;
                heap.add(bound, ARTIST_BOUND, file);
            }
        }
        heap.order();
        loadedBucket = to;
        loadedCount += count;
    }

    /**
     * The bucket of a bound: a function that never decreases as the bound grows, so a bound in a
     * lower bucket is the smaller one. NaN falls in the last bucket.
     */
    private static int bucket(double bound) {
        return Math.min(Float.floatToRawIntBits((float) Math.max(bound, 0)) >>> 16, LAST_BUCKET);
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
        double sum = 0;
        for (int g = 0; g < groupWeights.length; g++) {
            sum += groupWeights[g] * distance(groupCentroids, g * dimension, file) / multipliers[g];
        }
        return sum / seeds.totalWeight();
    }

    /**
     * The L2 distance of a point to a file's vector, for bounds only: four sums in turn instead of
     * one, so that the processor overlaps them (a bound's last bits do not matter, exact distances
     * come from {@link LibrarySnapshot#distance}).
     */
    private double distance(double[] point, int pointOffset, int file) {
        float[] vectors = snapshot.vectors();
        int offset = file * dimension;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < dimension; k += 4) {
            double d0 = point[pointOffset + k] - vectors[offset + k];
            double d1 = point[pointOffset + k + 1] - vectors[offset + k + 1];
            double d2 = point[pointOffset + k + 2] - vectors[offset + k + 2];
            double d3 = point[pointOffset + k + 3] - vectors[offset + k + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; k < dimension; k++) {
            double d = point[pointOffset + k] - vectors[offset + k];
            s0 += d * d;
        }
        return Math.sqrt((s0 + s1) + (s2 + s3));
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
        double[] all = new double[dimension];
        for (int s = 0; s < seeds.size(); s++) {
            int g = seeds.group(s);
            double weight = seeds.weight(s);
            groupWeights[g] += weight;
            int offset = seeds.file(s) * dimension;
            for (int k = 0; k < dimension; k++) {
                all[k] += weight * vectors[offset + k];
                groupCentroids[g * dimension + k] += weight * vectors[offset + k];
            }
        }
        for (int k = 0; k < dimension; k++) {
            all[k] /= seeds.totalWeight();
        }
        for (int g = 0; g < groupWeights.length; g++) {
            for (int k = 0; k < dimension; k++) {
                groupCentroids[g * dimension + k] /= groupWeights[g];
            }
        }
        return all;
    }
}
