package org.moomoo.client.api;

import java.util.List;

/** The precomputed collections and their routes, {@code /playlist/<segments>/<username>}. */
public enum CollectionRoute {
    LOVED("loved"),
    REVISIT_RELEASES("revisit-releases"),
    REVISIT_TRACKS("revisit-tracks"),
    SUGGEST_BY_ARTIST("suggest", "by-artist"),
    SMART_MIX("suggest", "smart-mix");

    private final List<String> segments;

    CollectionRoute(String... segments) {
        this.segments = List.of(segments);
    }

    /** The path segments after {@code /playlist}, before the username. */
    public List<String> segments() {
        return segments;
    }
}
