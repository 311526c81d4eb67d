package org.moomoo.jobs.artiststats;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upserts a chunk's stats into {@code raw.listenbrainz_artist_stats} by artist, in the chunk's
 * transaction. A failed call never replaces stats that succeeded before: that row keeps its
 * payload and its old {@code ts_utc}, so {@code before=} picks it again.
 */
final class ArtistStatsWriter implements ItemWriter<ArtistStats> {

    private static final Logger log = LoggerFactory.getLogger(ArtistStatsWriter.class);

    private static final String UPSERT = """
            INSERT INTO raw.listenbrainz_artist_stats AS s (mbid, payload_json, ts_utc)
            VALUES (?::uuid, ?::jsonb, ?)
            ON CONFLICT (mbid) DO UPDATE SET payload_json = excluded.payload_json, ts_utc = excluded.ts_utc
            WHERE NOT ? OR s.payload_json IS NULL OR s.payload_json ->> 'success' IS DISTINCT FROM 'true'
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    ArtistStatsWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends ArtistStats> chunk) {
        Timestamp now = Timestamp.from(clock.instant());
        for (ArtistStats stats : chunk) {
            int written = jdbc.sql(UPSERT)
                    .params(stats.mbid(), stats.envelope().toString(), now, stats.failed())
                    .update();
            if (written == 0) {
                log.warn("Kept the earlier stats of artist {}: this call failed", stats.mbid());
            }
        }
    }
}
