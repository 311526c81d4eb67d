package org.moomoo.jobs.annotate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes lookups into {@code raw.musicbrainz_annotations}, upserting by MBID. A success replaces
 * the payload and clears the failure; a failure is recorded in {@code last_error} beside the last
 * good payload, which it never replaces (DESIGN 9). Not final: Spring proxies it to scope it to
 * one job execution.
 */
class AnnotationsTable {

    private static final String SUCCESS = """
            INSERT INTO raw.musicbrainz_annotations (mbid, entity, payload_json, ts_utc, last_error, last_error_at)
            VALUES (?::uuid, ?, ?::jsonb, ?, NULL, NULL)
            ON CONFLICT (mbid) DO UPDATE SET entity = excluded.entity, payload_json = excluded.payload_json,
              ts_utc = excluded.ts_utc, last_error = NULL, last_error_at = NULL
            """;

    private static final String FAILURE = """
            INSERT INTO raw.musicbrainz_annotations (mbid, entity, payload_json, ts_utc, last_error, last_error_at)
            VALUES (?::uuid, ?, NULL, ?, ?, ?)
            ON CONFLICT (mbid) DO UPDATE SET last_error = excluded.last_error, last_error_at = excluded.last_error_at
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AnnotationsTable(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes {@code annotations} in the caller's transaction. */
    void write(List<? extends Annotation> annotations) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> successes = annotations.stream()
                .filter(a -> !a.failed())
                .map(a -> new Object[] {
                    a.target().mbid(), a.target().entity(), a.document().toString(), now
                })
                .toList();
        List<Object[]> failures = annotations.stream()
                .filter(Annotation::failed)
                .map(a -> new Object[] {a.target().mbid(), a.target().entity(), now, a.error(), now})
                .toList();
        if (!successes.isEmpty()) {
            jdbc.batchUpdate(SUCCESS, successes);
        }
        if (!failures.isEmpty()) {
            jdbc.batchUpdate(FAILURE, failures);
        }
    }
}
