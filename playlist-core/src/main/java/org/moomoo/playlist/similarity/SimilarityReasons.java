package org.moomoo.playlist.similarity;

import java.util.Map;
import org.moomoo.playlist.track.Reason;

/**
 * The reason of each track a similarity stream emits: the seed nearest to it by raw L2 distance
 * (the first in request order on a tie), the collaborative-filtering multiplier of that seed's
 * artist with the track's (as the distance of spec 4.3 divides by it), the seed's share of the
 * seeds' weight and the track's predicate weight. Computed only for emitted tracks, so a stream read for twenty rows
 * pays for twenty.
 */
final class SimilarityReasons {

    private final LibrarySnapshot snapshot;
    private final SeedSet seeds;
    private final Map<String, Double> predicateWeights;

    SimilarityReasons(LibrarySnapshot snapshot, SeedSet seeds, StreamRequest request) {
        this.snapshot = snapshot;
        this.seeds = seeds;
        this.predicateWeights = request.predicateWeights();
    }

    /** The candidate of file number {@code file} with its reason. */
    Candidate explain(Candidate candidate, int file) {
        int nearest = 0;
        double nearestDistance = Double.POSITIVE_INFINITY;
        for (int s = 0; s < seeds.size(); s++) {
            double distance = snapshot.distance(seeds.file(s), file);
            if (distance < nearestDistance) {
                nearest = s;
                nearestDistance = distance;
            }
        }
        double multiplier = snapshot.multiplier(seeds.groupArtist(seeds.group(nearest)), snapshot.artistIndex(file));
        String path = candidate.track().filepath();
        double predicate = predicateWeights == null ? 1.0 : predicateWeights.getOrDefault(path, 1.0);
        return candidate.withReason(new Reason.Similar(
                snapshot.row(seeds.file(nearest)).filepath(),
                nearestDistance,
                multiplier,
                seeds.weight(nearest) / seeds.totalWeight(),
                predicate,
                null,
                null));
    }
}
