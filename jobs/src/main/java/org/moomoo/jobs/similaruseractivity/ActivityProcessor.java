package org.moomoo.jobs.similaruseractivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moomoo.jobs.listenbrainz.FailureBudget;
import org.moomoo.jobs.listenbrainz.ListenBrainzClient;
import org.moomoo.jobs.listenbrainz.ListenBrainzException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Fetches a similar user's top artists, releases and recordings over the month, the year and all
 * time: nine calls. A 204 is stored as {@code []}; a combination whose call gives no usable answer
 * (a malformed or cut-short body, an answer without a payload object, an error after the client's
 * retries) is reported, counted and left out, and its stored row kept, until more than
 * {@value SimilarUserActivityJobConfig#FAILED_COMBINATIONS} have failed in the run.
 */
final class ActivityProcessor implements ItemProcessor<SimilarUser, List<Activity>> {

    static final List<String> ENTITIES = List.of("artists", "releases", "recordings");
    static final List<String> RANGES = List.of("month", "year", "all_time");
    static final int COUNT = 100;

    private static final Logger log = LoggerFactory.getLogger(ActivityProcessor.class);

    private final String username;
    private final ListenBrainzClient client;
    private final FailureBudget budget;

    ActivityProcessor(String username, ListenBrainzClient client, FailureBudget budget) {
        this.username = username;
        this.client = client;
        this.budget = budget;
    }

    @Override
    public List<Activity> process(SimilarUser user) {
        List<Activity> activity = new ArrayList<>(ENTITIES.size() * RANGES.size());
        for (String entity : ENTITIES) {
            for (String range : RANGES) {
                try {
                    activity.add(Activity.of(username, user, entity, range, payload(user, entity, range)));
                } catch (ListenBrainzException e) {
                    log.warn(
                            "Failed to get top activity for {} in the {} entity and {} range: {}",
                            user.name(),
                            entity,
                            range,
                            e.getMessage());
                    budget.failed(e);
                }
            }
        }
        return activity;
    }

    private JsonNode payload(SimilarUser user, String entity, String range) {
        Optional<JsonNode> answer = client.userTop(user.name(), entity, range, COUNT);
        if (answer.isEmpty()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        JsonNode payload = answer.get().path("payload");
        if (!payload.isObject()) {
            throw new ListenBrainzException(
                    200,
                    "ListenBrainz GET /1/stats/user/" + user.name() + "/" + entity
                            + ": unexpected answer, no payload object");
        }
        return payload;
    }
}
