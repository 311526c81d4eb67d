package org.moomoo.jobs.msidmap;

import org.moomoo.jobs.listenbrainz.FailureBudget;
import org.moomoo.jobs.listenbrainz.ListenBrainzClient;
import org.moomoo.jobs.listenbrainz.ListenBrainzException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Looks one (title, album, artist) up. A 204 counts as "no match" ({@code {}}); a lookup without
 * a usable answer (after the client's retries), a malformed or cut-short body, or an answer that is
 * not a JSON object is a recorded failure with its reason, until the failure budget is spent.
 */
final class LookupProcessor implements ItemProcessor<NameTriple, NameMapping> {

    private static final Logger log = LoggerFactory.getLogger(LookupProcessor.class);

    private final ListenBrainzClient client;
    private final FailureBudget budget;

    LookupProcessor(ListenBrainzClient client, FailureBudget budget) {
        this.client = client;
        this.budget = budget;
    }

    @Override
    public NameMapping process(NameTriple names) {
        try {
            JsonNode answer = client.metadataLookup(names.artistName(), names.recordingName(), names.releaseName())
                    .orElseGet(JsonNodeFactory.instance::objectNode);
            if (!answer.isObject()) {
                throw new ListenBrainzException(
                        200, "ListenBrainz GET /1/metadata/lookup/: unexpected answer, not a JSON object");
            }
            budget.succeeded();
            return NameMapping.answered(names, answer);
        } catch (ListenBrainzException e) {
            budget.failed(e);
            log.warn("Lookup failed for {}: {}", names.describe(), e.getMessage());
            return NameMapping.failure(names, e.getMessage());
        }
    }
}
