package org.moomoo.playlist.similarity;

import java.util.HashMap;
import java.util.Map;

/** Per-candidate weights (spec 4.5) keyed by file number; paths that are no embedded file are ignored. */
final class PredicateWeights {

    private PredicateWeights() {
    }

    static Map<Integer, Double> byFile(LibrarySnapshot snapshot, Map<String, Double> byPath) {
        Map<Integer, Double> byFile = new HashMap<>();
        if (byPath != null) {
            byPath.forEach((path, weight) -> {
                int file = snapshot.indexOf(path);
                if (file >= 0) {
                    byFile.put(file, weight);
                }
            });
        }
        return byFile;
    }
}
