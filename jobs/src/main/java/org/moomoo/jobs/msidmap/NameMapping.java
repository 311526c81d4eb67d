package org.moomoo.jobs.msidmap;

import org.moomoo.jobs.progress.FailureCounted;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of one metadata lookup: a row of {@code raw.messybrainz_name_map}.
 *
 * @param names   what was looked up
 * @param success whether ListenBrainz matched a recording (its answer has {@code recording_name})
 * @param payload the answer as ListenBrainz gave it ({@code {}} for no match), or {@code {"error": reason}}
 *                when the lookup gave no answer
 * @param failed  whether the lookup gave no answer (then a stored match is kept)
 */
record NameMapping(NameTriple names, boolean success, JsonNode payload, boolean failed) implements FailureCounted {

    static NameMapping answered(NameTriple names, JsonNode answer) {
        return new NameMapping(names, answer.has("recording_name"), answer, false);
    }

    static NameMapping failure(NameTriple names, String reason) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("error", reason);
        return new NameMapping(names, false, payload, true);
    }
}
