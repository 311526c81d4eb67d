package org.moomoo.jobs.listens;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code raw.listenbrainz_listens}: the newest stored listen of a user, and the upsert of listens. */
class ListensTable {

    private final JdbcClient jdbc;
    private final Clock clock;

    ListensTable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The time of the user's newest stored listen, if any. */
    Optional<Instant> newestListen(String username) {
        return jdbc.sql("select max(listen_at_ts_utc) from raw.listenbrainz_listens where username = ?")
                .param(username)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Upserts {@code listens} by {@code listen_md5} (spec/ingest.md 5.5: the username stays as stored). */
    void upsert(String username, List<Listen> listens) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Listen listen : listens) {
            jdbc.sql("insert into raw.listenbrainz_listens"
                            + " (listen_md5, username, json_data, listen_at_ts_utc, insert_ts_utc)"
                            + " values (?, ?, ?::jsonb, ?, ?)"
                            + " on conflict (listen_md5) do update set json_data = excluded.json_data,"
                            + " listen_at_ts_utc = excluded.listen_at_ts_utc, insert_ts_utc = excluded.insert_ts_utc")
                    .params(
                            listen.key(),
                            username,
                            listen.json().toString(),
                            Timestamp.from(Instant.ofEpochSecond(listen.listenedAt())),
                            now)
                    .update();
        }
    }
}
