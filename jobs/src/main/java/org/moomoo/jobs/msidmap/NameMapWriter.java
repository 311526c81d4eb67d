package org.moomoo.jobs.msidmap;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upserts a chunk's lookups into {@code raw.messybrainz_name_map} by {@code recording_md5}, in the
 * chunk's transaction (DESIGN 9.20: one failure loses nothing done before it). A failed lookup
 * never replaces a match found before: that row keeps its payload and its old {@code ts_utc}.
 */
final class NameMapWriter implements ItemWriter<NameMapping> {

    private static final Logger log = LoggerFactory.getLogger(NameMapWriter.class);

    private static final String UPSERT = """
            INSERT INTO raw.messybrainz_name_map AS m
              (recording_md5, recording_name, artist_name, release_name, success, payload_json, ts_utc)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)
            ON CONFLICT (recording_md5) DO UPDATE SET recording_name = excluded.recording_name,
              artist_name = excluded.artist_name, release_name = excluded.release_name,
              success = excluded.success, payload_json = excluded.payload_json, ts_utc = excluded.ts_utc
            WHERE NOT ? OR NOT m.success
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    NameMapWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends NameMapping> chunk) {
        Timestamp now = Timestamp.from(clock.instant());
        for (NameMapping mapping : chunk) {
            NameTriple names = mapping.names();
            int written = jdbc.sql(UPSERT)
                    .params(
                            names.recordingMd5(),
                            names.recordingName(),
                            names.artistName(),
                            names.releaseName(),
                            mapping.success(),
                            mapping.payload().toString(),
                            now,
                            mapping.failed())
                    .update();
            if (written == 0) {
                log.warn("Kept the earlier match of {}: this lookup failed", names.describe());
            }
        }
    }
}
