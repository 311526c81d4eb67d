package org.moomoo.jobs.msidmap;

import static org.moomoo.jobs.flow.ChooseThenWork.NOTHING_TO_DO;

import java.sql.Timestamp;
import java.util.List;
import java.util.Random;
import org.moomoo.jobs.listenbrainz.RefreshSelection;
import org.moomoo.jobs.worklist.WorkList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Step 1 of {@code msid-map}: the distinct (title, album, artist) of {@code local_music_files}
 * chosen by {@code new=}, {@code before=} and {@code limit=} (spec/ingest.md 5.8). A restart
 * chooses again and finds only what was not committed. Not final: Spring proxies it to scope it to
 * one job execution.
 */
class ChooseNamesTasklet implements Tasklet {

    /** ListenBrainz refuses lookups of about 250 characters and more. */
    static final int MAX_NAME_LENGTH = 245;

    private static final Logger log = LoggerFactory.getLogger(ChooseNamesTasklet.class);

    private static final String BASE = """
            WITH base AS (
              SELECT DISTINCT ON (f.recording_md5) f.recording_md5, f.recording_name, f.release_name, f.artist_name
              FROM raw.local_music_files AS f
              WHERE f.recording_md5 IS NOT NULL AND f.recording_name IS NOT NULL
                AND f.release_name IS NOT NULL AND f.artist_name IS NOT NULL
                AND char_length(f.artist_name || f.recording_name || f.release_name) < %d
              ORDER BY f.recording_md5, f.filepath)
            SELECT b.recording_md5, b.recording_name, b.release_name, b.artist_name
            FROM base AS b LEFT JOIN raw.messybrainz_name_map AS m ON m.recording_md5 = b.recording_md5
            """.formatted(MAX_NAME_LENGTH);

    private final RefreshSelection selection;
    private final JdbcClient jdbc;
    private final WorkList<NameTriple> chosen;
    private final Random random;

    ChooseNamesTasklet(RefreshSelection selection, JdbcClient jdbc, WorkList<NameTriple> chosen, Random random) {
        this.selection = selection;
        this.jdbc = jdbc;
        this.chosen = chosen;
        this.random = random;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<NameTriple> newNames = List.of();
        List<NameTriple> oldNames = List.of();
        if (selection.fresh()) {
            // No row, or a row that records a failed lookup: both are still to look up.
            newNames = jdbc.sql(BASE
                            + " WHERE m.recording_md5 IS NULL OR (NOT m.success AND m.payload_json -> 'error' IS NOT NULL)"
                            + " ORDER BY b.recording_md5")
                    .query(NameTriple.class)
                    .list();
            log.info("Found {} new recording(s).", newNames.size());
        }
        if (selection.before() != null) {
            oldNames = jdbc.sql(BASE + " WHERE m.ts_utc < ? ORDER BY m.ts_utc, b.recording_md5")
                    .param(Timestamp.from(selection.before()))
                    .query(NameTriple.class)
                    .list();
            log.info("Found {} old recording(s).", oldNames.size());
        }
        List<NameTriple> found = RefreshSelection.union(newNames, oldNames);
        log.info("Found {} total recording(s) to ingest.", found.size());
        if (found.isEmpty()) {
            log.info("Nothing to do.");
            contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, "no recording to look up"));
        } else if (selection.limits(found.size())) {
            log.info("Limiting to {} recording(s) randomly.", selection.limit());
        }
        chosen.set(selection.sample(found, random));
        return RepeatStatus.FINISHED;
    }
}
