package org.moomoo.jobs.artiststats;

import static org.moomoo.jobs.flow.ChooseThenWork.NOTHING_TO_DO;

import java.sql.Timestamp;
import java.util.List;
import java.util.Random;
import org.moomoo.jobs.listenbrainz.RefreshSelection;
import org.moomoo.jobs.worklist.WorkList;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Step 1 of {@code artist-stats}: the artists of the model {@code mbids} chosen by {@code new=},
 * {@code before=} and {@code limit=}. A restart chooses again and finds only what was not
 * committed. Not final: Spring proxies it to scope it to one job execution.
 */
class ChooseArtistsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ChooseArtistsTasklet.class);

    private final RefreshSelection selection;
    private final AnalyticsSchema schema;
    private final JdbcClient jdbc;
    private final WorkList<String> chosen;
    private final Random random;

    ChooseArtistsTasklet(
            RefreshSelection selection,
            AnalyticsSchema schema,
            JdbcClient jdbc,
            WorkList<String> chosen,
            Random random) {
        this.selection = selection;
        this.schema = schema;
        this.jdbc = jdbc;
        this.chosen = chosen;
        this.random = random;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<String> newArtists = List.of();
        List<String> oldArtists = List.of();
        if (selection.fresh() || selection.before() != null) {
            String mbids = schema.table("mbids");
            if (jdbc.sql("select to_regclass(?) is not null")
                            .param(mbids)
                            .query(Boolean.class)
                            .single()
                    != Boolean.TRUE) {
                throw new IllegalStateException(
                        mbids + " does not exist yet: run build-models first, it lists the known artists");
            }
            if (selection.fresh()) {
                // No row, or a row that records a failed call (data null): both are still to fetch.
                newArtists = jdbc.sql("select m.mbid::text from " + mbids + " as m"
                                + " left join raw.listenbrainz_artist_stats as s on s.mbid = m.mbid"
                                + " where m.entity = 'artist' and (s.mbid is null or s.payload_json is null"
                                + " or s.payload_json -> 'data' = 'null'::jsonb) order by m.mbid::text")
                        .query(String.class)
                        .list();
            }
            if (selection.before() != null) {
                oldArtists = jdbc.sql("select m.mbid::text from " + mbids + " as m"
                                + " join raw.listenbrainz_artist_stats as s on s.mbid = m.mbid"
                                + " where m.entity = 'artist' and s.ts_utc < ? order by s.ts_utc, m.mbid::text")
                        .param(Timestamp.from(selection.before()))
                        .query(String.class)
                        .list();
            }
        }
        List<String> found = RefreshSelection.union(newArtists, oldArtists);
        log.info("Found {} mbid(s) to ingest.", found.size());
        if (found.isEmpty()) {
            log.info("Nothing to do.");
            contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, "no artist to fetch"));
        } else if (selection.limits(found.size())) {
            log.info("Limiting to {} mbid(s) randomly.", selection.limit());
        }
        List<String> todo = selection.sample(found, random);
        chosen.set(todo);
        return RepeatStatus.FINISHED;
    }
}
