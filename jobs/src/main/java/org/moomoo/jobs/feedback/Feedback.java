package org.moomoo.jobs.feedback;

import java.time.Instant;
import java.util.UUID;
import org.moomoo.jobs.worklist.Md5Key;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One love or hate of a recording: a row of {@code raw.listenbrainz_user_feedback}.
 *
 * @param key           {@code feedback_md5} (spec/ingest.md 4.2)
 * @param username      the user, as ListenBrainz spells it
 * @param score         1 (loved) or -1 (hated)
 * @param recordingMbid the recording
 * @param at            when the user gave it
 * @param trackMetadata the recording's metadata as ListenBrainz gave it, or an empty object
 */
public record Feedback(String key, String username, int score, UUID recordingMbid, Instant at, JsonNode trackMetadata) {

    /**
     * The feedback {@code json} describes; {@code username} stands in for a missing {@code user_id}.
     *
     * @throws IllegalArgumentException saying what is missing or wrong
     */
    public static Feedback of(String username, JsonNode json) {
        JsonNode mbid = json.path("recording_mbid");
        if (!mbid.isString() || mbid.stringValue().isBlank()) {
            throw new IllegalArgumentException("no recording_mbid");
        }
        UUID recording;
        try {
            recording = UUID.fromString(mbid.stringValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("recording_mbid " + mbid.stringValue() + " is not a UUID");
        }
        JsonNode score = json.path("score");
        if (!score.isIntegralNumber() || Math.abs(score.intValue()) != 1) {
            throw new IllegalArgumentException("score " + score + " is neither 1 nor -1");
        }
        JsonNode created = json.path("created");
        if (!created.isIntegralNumber()) {
            throw new IllegalArgumentException("no integer created time");
        }
        JsonNode user = json.path("user_id");
        String name = user.isString() && !user.stringValue().isBlank() ? user.stringValue() : username;
        JsonNode metadata = json.path("track_metadata");
        return new Feedback(
                Md5Key.of(name, String.valueOf(score.intValue()), recording.toString()),
                name,
                score.intValue(),
                recording,
                Instant.ofEpochSecond(created.longValue()),
                metadata.isObject() ? metadata : JsonNodeFactory.instance.objectNode());
    }
}
