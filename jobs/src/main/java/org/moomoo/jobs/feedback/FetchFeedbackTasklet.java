package org.moomoo.jobs.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moomoo.jobs.listenbrainz.ListenBrainzClient;
import org.moomoo.jobs.listenbrainz.ListenBrainzException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.JsonNode;

/**
 * The one step of {@code listenbrainz-feedback} (spec/ingest.md 5.9): fetches all of the user's
 * loves and hates, then replaces the stored ones in the step's transaction, so that a failed fetch
 * leaves the table as it was and running it again gives the same rows. Items without a usable
 * recording MBID are skipped and counted (DESIGN 9.5).
 *
 * <p>Not final: Spring proxies it to scope it to one job execution.
 */
class FetchFeedbackTasklet implements Tasklet {

    static final int PAGE_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(FetchFeedbackTasklet.class);

    private final String username;
    private final ListenBrainzClient client;
    private final FeedbackTable table;

    FetchFeedbackTasklet(String username, ListenBrainzClient client, FeedbackTable table) {
        this.username = username;
        this.client = client;
        this.table = table;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Feedback> feedback = new ArrayList<>();
        String path = "/1/feedback/user/" + username + "/get-feedback";
        for (int offset = 0; ; offset += PAGE_SIZE) {
            Map<String, String> query =
                    Map.of("count", String.valueOf(PAGE_SIZE), "offset", String.valueOf(offset), "metadata", "true");
            JsonNode answer = client.get(path, query).orElse(null);
            if (answer == null) {
                break; // 204: no (more) feedback
            }
            JsonNode items = answer.path("feedback");
            if (!items.isArray()) {
                throw new ListenBrainzException(
                        200, "ListenBrainz GET " + path + ": unexpected answer, no feedback array");
            }
            contribution.incrementReadCount();
            for (JsonNode item : items) {
                try {
                    feedback.add(Feedback.of(username, item));
                } catch (IllegalArgumentException e) {
                    log.warn("Skipped feedback at offset {}: {}", offset, e.getMessage());
                    contribution.incrementFilterCount(1);
                }
            }
            long total = answer.path("total_count").asLong(Long.MAX_VALUE);
            if (items.size() < PAGE_SIZE || offset + PAGE_SIZE >= total) {
                break;
            }
        }
        int deleted = table.replace(username, feedback);
        contribution.incrementWriteCount(feedback.size());
        if (feedback.isEmpty()) {
            log.info("No loves or hates found via api; {} old row(s) deleted.", deleted);
        } else {
            log.info("Stored {} feedback row(s) in place of {}.", feedback.size(), deleted);
        }
        return RepeatStatus.FINISHED;
    }
}
