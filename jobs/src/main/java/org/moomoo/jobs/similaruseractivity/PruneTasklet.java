package org.moomoo.jobs.similaruseractivity;

import java.util.List;
import org.moomoo.jobs.worklist.WorkList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Last step of {@code similar-user-activity}: deletes the user's rows of users who are no longer
 * similar, so that the table holds this run's snapshot. Rows of a combination that failed this run
 * stay as they were. Not final: Spring proxies it to scope it to one job execution.
 */
class PruneTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PruneTasklet.class);

    private final String username;
    private final JdbcClient jdbc;
    private final WorkList<SimilarUser> similar;

    PruneTasklet(String username, JdbcClient jdbc, WorkList<SimilarUser> similar) {
        this.username = username;
        this.jdbc = jdbc;
        this.similar = similar;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<String> names = similar.items().stream().map(SimilarUser::name).toList();
        int deleted = jdbc.sql("delete from raw.listenbrainz_similar_user_activity"
                        + " where from_username = ? and not (to_username = any (?))")
                .params(username, names.toArray(String[]::new))
                .update();
        log.info("Deleted {} records for {}.", deleted, username);
        log.info("Done.");
        return RepeatStatus.FINISHED;
    }
}
