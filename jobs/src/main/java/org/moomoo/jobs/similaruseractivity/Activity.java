package org.moomoo.jobs.similaruseractivity;

import org.moomoo.jobs.listens.ListenKey;
import org.moomoo.jobs.worklist.Md5Key;
import tools.jackson.databind.JsonNode;

/**
 * One row of {@code raw.listenbrainz_similar_user_activity}: a similar user's top entities over a
 * time range (spec/ingest.md 3.2, 5.7).
 *
 * @param payloadId the key (spec/ingest.md 4.2)
 * @param from      the moomoo user
 * @param to        the similar user
 * @param entity    {@code artists}, {@code releases} or {@code recordings}
 * @param range     {@code month}, {@code year} or {@code all_time}
 * @param json      the stats payload, or {@code []} when ListenBrainz had no data
 */
record Activity(String payloadId, String from, SimilarUser to, String entity, String range, JsonNode json) {

    static Activity of(String from, SimilarUser to, String entity, String range, JsonNode json) {
        return new Activity(payloadId(from, to.name(), entity, range), from, to, entity, range, json);
    }

    /** MD5 of the JSON array {@code [from, to, entity, range]} as Python's {@code json.dumps} writes it. */
    static String payloadId(String from, String to, String entity, String range) {
        return Md5Key.hex("[" + ListenKey.pythonString(from) + ", " + ListenKey.pythonString(to) + ", "
                + ListenKey.pythonString(entity) + ", " + ListenKey.pythonString(range) + "]");
    }
}
