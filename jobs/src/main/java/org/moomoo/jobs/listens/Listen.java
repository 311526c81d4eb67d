package org.moomoo.jobs.listens;

import tools.jackson.databind.JsonNode;

/**
 * One listen of a ListenBrainz answer, checked: the row it becomes in {@code raw.listenbrainz_listens}.
 *
 * @param key        {@code listen_md5}
 * @param listenedAt unix seconds
 * @param json       the listen object as ListenBrainz returned it
 */
record Listen(String key, long listenedAt, JsonNode json) {

    /**
     * The listen of {@code username} that {@code json} describes.
     *
     * @throws IllegalArgumentException when it lacks an integer {@code listened_at} or a {@code recording_msid}
     */
    static Listen of(String username, JsonNode json) {
        JsonNode listenedAt = json.path("listened_at");
        JsonNode msid = json.path("recording_msid");
        if (!listenedAt.isIntegralNumber() || !msid.isString()) {
            throw new IllegalArgumentException("a listen without an integer listened_at and a recording_msid");
        }
        long seconds = listenedAt.longValue();
        return new Listen(ListenKey.of(username, msid.stringValue(), seconds), seconds, json);
    }
}
