package org.moomoo.jobs.artiststats;

import org.moomoo.jobs.progress.FailureCounted;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of one artist's stats call: a row of {@code raw.listenbrainz_artist_stats}, whose
 * {@code payload_json} is {@code {"success", "error", "data"}} (spec/ingest.md 5.4).
 *
 * @param mbid     the artist, lower-case
 * @param envelope the stored {@code payload_json}
 * @param failed   whether the call gave no answer (then {@code data} is null and a stored answer is kept)
 */
record ArtistStats(String mbid, ObjectNode envelope, boolean failed) implements FailureCounted {

    /** The text stored when ListenBrainz has no stats for the artist. */
    static final String NO_DATA = "HTTP 204: No data in range.";

    static ArtistStats of(String mbid, JsonNode payload) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("success", true);
        envelope.putNull("error");
        envelope.set("data", payload);
        return new ArtistStats(mbid, envelope, false);
    }

    static ArtistStats noData(String mbid) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("success", false);
        envelope.put("error", NO_DATA);
        envelope.putObject("data");
        return new ArtistStats(mbid, envelope, false);
    }

    static ArtistStats failure(String mbid, String reason) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("success", false);
        envelope.put("error", reason);
        envelope.putNull("data");
        return new ArtistStats(mbid, envelope, true);
    }
}
