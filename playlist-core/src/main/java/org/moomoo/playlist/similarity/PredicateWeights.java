package org.moomoo.playlist.similarity;

import java.util.Arrays;
import java.util.Map;

/** Per-candidate weights (spec 4.5) by file number; paths that are no embedded file are ignored. */
final class PredicateWeights {

    private PredicateWeights() {}

    /** One weight per embedded file, 1 where none is given; null when none is given at all. */
    static double[] byFile(LibrarySnapshot snapshot, Map<String, Double> byPath) {
        if (byPath == null || byPath.isEmpty()) {
            return null;
        }
        double[] weights = new double[snapshot.size()];
        Arrays.fill(weights, 1.0);
        byPath.forEach((path, weight) -> {
            int file = snapshot.indexOf(path);
            if (file >= 0) {
                weights[file] = weight;
            }
        });
        return weights;
    }
}
