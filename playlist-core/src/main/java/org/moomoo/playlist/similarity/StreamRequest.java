package org.moomoo.playlist.similarity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of a similarity stream (spec/playlists-http-client.md 4.1), validated on construction.
 *
 * @param seeds relative paths the tracks should resemble
 * @param weights one non-negative weight per seed, not all zero; null for all 1
 * @param predicateWeights per-candidate weights by path (a candidate's distance is divided by its
 *     weight, 0 removes it); null for none
 * @param limit most rows; null for unlimited
 */
public record StreamRequest(
        List<String> seeds, List<Double> weights, Map<String, Double> predicateWeights, Integer limit) {

    /** Rows of one stream unless the caller says otherwise. */
    public static final int DEFAULT_LIMIT = 2000;

    public StreamRequest {
        seeds = List.copyOf(seeds);
        if (weights != null) {
            if (weights.size() != seeds.size()) {
                throw new IllegalArgumentException("weights must be the same length as filepaths: " + weights.size()
                        + " weights for " + seeds.size() + " filepaths");
            }
            double sum = 0;
            for (Double weight : weights) {
                if (weight == null || !(weight >= 0) || weight.isInfinite()) {
                    throw new IllegalArgumentException("Weights must be non-negative finite numbers, got " + weight);
                }
                sum += weight;
            }
            if (sum == 0) {
                throw new IllegalArgumentException("Weights must sum to a non-zero value");
            }
            weights = Collections.unmodifiableList(new ArrayList<>(weights));
        }
        if (predicateWeights != null) {
            for (Map.Entry<String, Double> entry : predicateWeights.entrySet()) {
                Double weight = entry.getValue();
                if (weight == null || !(weight >= 0) || weight.isInfinite()) {
                    throw new IllegalArgumentException("Predicate weights must be non-negative finite numbers, got "
                            + weight + " for " + entry.getKey());
                }
            }
            predicateWeights = Collections.unmodifiableMap(new HashMap<>(predicateWeights));
        }
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must be zero or more, got " + limit);
        }
    }

    /** Seeds with weight 1 each, no predicate weights, the default limit. */
    public static StreamRequest of(List<String> seeds) {
        return new StreamRequest(seeds, null, null, DEFAULT_LIMIT);
    }

    /** The weight of seed {@code i}. */
    public double weight(int i) {
        return weights == null ? 1.0 : weights.get(i);
    }
}
