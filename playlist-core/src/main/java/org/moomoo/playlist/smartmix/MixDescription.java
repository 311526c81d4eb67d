package org.moomoo.playlist.smartmix;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The description of a smart mix: "Songs like: " and its cluster's five most frequent artists. */
final class MixDescription {

    private static final int ARTISTS_NAMED = 5;

    private MixDescription() {}

    /**
     * Artists by number of cluster tracks, ties alphabetically, "Various Artists" (any case)
     * left out.
     */
    static String of(List<PoolTrack> cluster) {
        return "Songs like: " + String.join(", ", artists(cluster));
    }

    /** The five artists the description names, most cluster tracks first. */
    static List<String> artists(List<PoolTrack> cluster) {
        Map<String, Long> counts = cluster.stream()
                .map(PoolTrack::artistName)
                .filter(name -> name != null && !name.toLowerCase(Locale.ROOT).equals("various artists"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ARTISTS_NAMED)
                .map(Map.Entry::getKey)
                .toList();
    }
}
