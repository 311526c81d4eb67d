package org.moomoo.jobs.listensimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moomoo.jobs.feedback.Feedback;
import org.moomoo.jobs.feedback.FeedbackTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loves and hates of a ListenBrainz export ({@code feedback.jsonl}, shaped like the feedback
 * API's items) into {@code raw.listenbrainz_user_feedback}, added to what is stored, by the keys
 * {@code listenbrainz-feedback} uses: importing twice stores each once. Malformed lines are
 * counted and named by line number. Other formats carry no feedback; the step then does nothing.
 */
final class ImportLovesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ImportLovesTasklet.class);
    private static final String FEEDBACK = "feedback.jsonl";
    private static final int NAMED_MALFORMED = 5;

    private final ImportSource source;
    private final FeedbackTable table;
    private final JsonMapper json;

    ImportLovesTasklet(ImportSource source, FeedbackTable table, JsonMapper json) {
        this.source = source;
        this.table = table;
        this.json = json;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Optional<String> part = source.plan().format() == ImportFormat.LISTENBRAINZ
                        && source.export().isZip()
                ? source.export().find(FEEDBACK)
                : Optional.empty();
        if (part.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        List<Feedback> feedback = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(source.export().open(part.get()), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode item = json.readTree(line);
                    feedback.add(Feedback.of(source.username(), item));
                } catch (JacksonException | IllegalArgumentException e) {
                    malformed.add(FEEDBACK + ":" + number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int added = table.upsert(feedback);
        contribution.incrementReadCount();
        String summary = String.format(
                "listens-import: loves and hates read %,d  new %,d  already present %,d  malformed %,d%s",
                feedback.size() + malformed.size(),
                added,
                feedback.size() - added,
                malformed.size(),
                malformed.isEmpty()
                        ? ""
                        : " (" + String.join(", ", malformed.subList(0, Math.min(NAMED_MALFORMED, malformed.size())))
                                + (malformed.size() > NAMED_MALFORMED ? ", ..." : "") + ")");
        log.info(summary);
        contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(summary));
        return RepeatStatus.FINISHED;
    }
}
