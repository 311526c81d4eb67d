package org.moomoo.jobs.artiststats;

import java.util.Optional;
import org.moomoo.jobs.listenbrainz.FailureBudget;
import org.moomoo.jobs.listenbrainz.ListenBrainzClient;
import org.moomoo.jobs.listenbrainz.ListenBrainzException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Fetches one artist's all-time listeners. A 204 or an empty payload is "no data"; a call that
 * gives no usable answer (after the client's retries), a malformed or cut-short body, or an answer
 * without a payload object is a recorded failure with its reason, until the failure budget is spent.
 */
final class ArtistStatsProcessor implements ItemProcessor<String, ArtistStats> {

    private static final Logger log = LoggerFactory.getLogger(ArtistStatsProcessor.class);

    private final ListenBrainzClient client;
    private final FailureBudget budget;

    ArtistStatsProcessor(ListenBrainzClient client, FailureBudget budget) {
        this.client = client;
        this.budget = budget;
    }

    @Override
    public ArtistStats process(String mbid) {
        ArtistStats stats;
        try {
            Optional<JsonNode> answer = client.artistListeners(mbid);
            stats = answer.map(json -> statsOf(mbid, json)).orElseGet(() -> ArtistStats.noData(mbid));
        } catch (ListenBrainzException e) {
            budget.failed(e);
            log.warn("Failed to get the stats of artist {}: {}", mbid, e.getMessage());
            return ArtistStats.failure(mbid, e.getMessage());
        }
        budget.succeeded();
        return stats;
    }

    private static ArtistStats statsOf(String mbid, JsonNode answer) {
        JsonNode payload = answer.path("payload");
        if (!payload.isObject()) {
            throw new ListenBrainzException(
                    200,
                    "ListenBrainz GET /1/stats/artist/" + mbid + "/listeners: unexpected answer, no payload object");
        }
        return payload.isEmpty() ? ArtistStats.noData(mbid) : ArtistStats.of(mbid, payload);
    }
}
