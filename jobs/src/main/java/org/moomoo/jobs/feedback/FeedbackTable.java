package org.moomoo.jobs.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code raw.listenbrainz_user_feedback}: a user's feedback, replaced as a whole. */
class FeedbackTable {

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedbackTable(JdbcClient jdbc, Clock clock) {
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
        Timestamp now = Timestamp.from(clock.instant());
        for (Feedback item : feedback) {
            jdbc.sql("insert into raw.listenbrainz_user_feedback"
                            + " (feedback_md5, username, score, recording_mbid, feedback_at, track_metadata, insert_ts_utc)"
                            + " values (?, ?, ?, ?, ?, ?::jsonb, ?)"
                            + " on conflict (feedback_md5) do update set username = excluded.username,"
                            + " score = excluded.score, recording_mbid = excluded.recording_mbid,"
                            + " feedback_at = excluded.feedback_at, track_metadata = excluded.track_metadata,"
                            + " insert_ts_utc = excluded.insert_ts_utc")
                    .params(
                            item.key(),
                            item.username(),
                            item.score(),
                            item.recordingMbid(),
                            Timestamp.from(item.at()),
                            item.trackMetadata().toString(),
                            now)
                    .update();
        }
        return deleted;
    }
}
