package org.moomoo.jobs.similaruseractivity;

import static org.moomoo.jobs.flow.ChooseThenWork.NOTHING_TO_DO;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.moomoo.jobs.listenbrainz.ListenBrainzClient;
import org.moomoo.jobs.listenbrainz.ListenBrainzException;
import org.moomoo.jobs.worklist.WorkList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Step 1 of {@code similar-user-activity}: skips the run when the user's rows are recent enough,
 * else asks ListenBrainz for the user's similar users. A restart asks again. Not final: Spring
 * proxies it to scope it to one job execution.
 */
class ChooseSimilarUsersTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ChooseSimilarUsersTasklet.class);

    private final SimilarUserActivityParameters parameters;
    private final ListenBrainzClient client;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final WorkList<SimilarUser> chosen;

    ChooseSimilarUsersTasklet(
            SimilarUserActivityParameters parameters,
            ListenBrainzClient client,
            JdbcClient jdbc,
            Clock clock,
            WorkList<SimilarUser> chosen) {
        this.parameters = parameters;
        this.client = client;
        this.jdbc = jdbc;
        this.clock = clock;
        this.chosen = chosen;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String username = parameters.username();
        if (parameters.skipTimeoutSeconds() > 0) {
            Instant cutoff = clock.instant().minusSeconds(parameters.skipTimeoutSeconds());
            Timestamp last = jdbc.sql("select max(insert_ts_utc) from raw.listenbrainz_similar_user_activity"
                            + " where from_username = ?")
                    .param(username)
                    .query(Timestamp.class)
                    .optional()
                    .orElse(null);
            if (last != null && last.toInstant().isAfter(cutoff)) {
                log.info(
                        "Last ingest for {} at {} is newer than cutoff {}, skipping.",
                        username,
                        last.toInstant(),
                        cutoff);
                return nothingToDo(contribution, "the last fetch is recent");
            }
        }
        List<SimilarUser> users = similarUsers(username);
        log.info("Found {} similar user(s) of {}.", users.size(), username);
        if (users.isEmpty()) {
            log.info("No records to insert.");
            return nothingToDo(contribution, "no similar users");
        }
        chosen.set(users);
        return RepeatStatus.FINISHED;
    }

    private List<SimilarUser> similarUsers(String username) {
        JsonNode answer = client.similarUsers(username).orElse(null);
        if (answer == null) {
            return List.of(); // 204: ListenBrainz has not computed any yet
        }
        JsonNode payload = answer.path("payload");
        if (!payload.isArray()) {
            throw new ListenBrainzException(
                    200,
                    "ListenBrainz GET /1/user/" + username + "/similar-users: unexpected answer, no payload array");
        }
        List<SimilarUser> users = new ArrayList<>();
        for (JsonNode user : payload) {
            JsonNode name = user.path("user_name");
            JsonNode similarity = user.path("similarity");
            if (!name.isString() || name.stringValue().isBlank() || !similarity.isNumber()) {
                log.warn("Skipped a similar user without a user_name and a similarity: {}", user);
                continue;
            }
            users.add(new SimilarUser(name.stringValue(), similarity.doubleValue()));
        }
        return users;
    }

    private static RepeatStatus nothingToDo(StepContribution contribution, String why) {
        contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, why));
        return RepeatStatus.FINISHED;
    }
}
