package org.moomoo.jobs.similaruseractivity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Upserts each similar user's rows by {@code payload_id}, in the chunk's transaction. */
final class ActivityWriter implements ItemWriter<List<Activity>> {

    private static final String UPSERT = """
            INSERT INTO raw.listenbrainz_similar_user_activity
              (payload_id, from_username, to_username, entity, time_range, user_similarity, json_data, insert_ts_utc)
            VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
            ON CONFLICT (payload_id) DO UPDATE SET from_username = excluded.from_username,
              to_username = excluded.to_username, entity = excluded.entity, time_range = excluded.time_range,
              user_similarity = excluded.user_similarity, json_data = excluded.json_data,
              insert_ts_utc = excluded.insert_ts_utc
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    ActivityWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends List<Activity>> chunk) {
        Timestamp now = Timestamp.from(clock.instant());
        for (List<Activity> user : chunk) {
            for (Activity row : user) {
                jdbc.sql(UPSERT)
                        .params(
                                row.payloadId(),
                                row.from(),
                                row.to().name(),
                                row.entity(),
                                row.range(),
                                row.to().similarity(),
                                row.json().toString(),
                                now)
                        .update();
            }
        }
    }
}
