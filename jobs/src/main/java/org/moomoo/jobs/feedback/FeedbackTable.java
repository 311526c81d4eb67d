package org.moomoo.jobs.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code raw.listenbrainz_user_feedback}: a user's loves and hates, replaced as a whole or added to. */
public class FeedbackTable {

    private final JdbcClient jdbc;
    private final Clock clock;

    /** The table through {@code jdbc}, stamping rows with {@code clock}'s time. */
    public FeedbackTable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Makes {@code feedback} the user's stored feedback: rows the user took back are deleted, the
     * others upserted by key. Called in one transaction, so readers never see half of it.
     *
     * @return the rows deleted
     */
    int replace(String username, List<Feedback> feedback) {
        int deleted = jdbc.sql("delete from raw.listenbrainz_user_feedback where username = ?")
                .param(username)
                .update();
        upsert(feedback);
        return deleted;
    }

    /**
     * Stores {@code feedback} by key, keeping the user's other rows (an imported export adds to
     * what is there).
     *
     * @return how many rows were new
     */
    public int upsert(List<Feedback> feedback) {
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = 0;
        for (Feedback item : feedback) {
            Boolean isNew = jdbc.sql("insert into raw.listenbrainz_user_feedback"
                            + " (feedback_md5, username, score, recording_mbid, feedback_at, track_metadata, insert_ts_utc)"
                            + " values (?, ?, ?, ?, ?, ?::jsonb, ?)"
                            + " on conflict (feedback_md5) do update set username = excluded.username,"
                            + " score = excluded.score, recording_mbid = excluded.recording_mbid,"
                            + " feedback_at = excluded.feedback_at, track_metadata = excluded.track_metadata,"
                            + " insert_ts_utc = excluded.insert_ts_utc"
                            + " returning (xmax = 0)")
                    .params(
                            item.key(),
                            item.username(),
                            item.score(),
                            item.recordingMbid(),
                            Timestamp.from(item.at()),
                            item.trackMetadata().toString(),
                            now)
                    .query(Boolean.class)
                    .single();
            if (isNew) {
                inserted++;
            }
        }
        return inserted;
    }
}
