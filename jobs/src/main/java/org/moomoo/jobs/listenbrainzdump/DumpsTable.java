package org.moomoo.jobs.listenbrainzdump;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * {@code raw.listenbrainz_data_dumps} and its records (spec/ingest.md 3.10, 3.11), and the failures
 * of dumps that could not be stored. Every method runs in the caller's transaction: storing a dump
 * is one transaction, so its counts appear whole or not at all.
 */
final class DumpsTable {

    private static final String UPSERT_DUMP = """
            insert into raw.listenbrainz_data_dumps
                (slug, ftp_path, ftp_modify_ts, date, start_timestamp, end_timestamp, refreshed_at)
            values (:slug, :path, :modified, :date, :start, :end, :now)
            on conflict (slug) do update set ftp_path = excluded.ftp_path, ftp_modify_ts = excluded.ftp_modify_ts,
                date = excluded.date, start_timestamp = excluded.start_timestamp,
                end_timestamp = excluded.end_timestamp, refreshed_at = excluded.refreshed_at
            """;

    private static final String COPY_RECORDS = "copy raw.listenbrainz_data_dump_records"
            + " (slug, user_id, artist_mbid, listen_count) from stdin (format csv)";

    private static final String UPSERT_FAILURE = """
            insert into raw.listenbrainz_data_dump_failures (ftp_path, slug, reason, failed_at)
            values (:path, :slug, :reason, :now)
            on conflict (ftp_path) do update set slug = excluded.slug, reason = excluded.reason,
                failed_at = excluded.failed_at
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DumpsTable(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The FTP modification time of every stored dump, by slug. */
    Map<String, Instant> storedModificationTimes() {
        Map<String, Instant> stored = new HashMap<>();
        jdbc.sql("select slug, ftp_modify_ts from raw.listenbrainz_data_dumps").query(rows -> {
            stored.put(rows.getString(1), rows.getTimestamp(2).toInstant());
        });
        return stored;
    }

    /**
     * Stores {@code dump}: its row (updated when it was stored before, DESIGN 9.3), then its
     * records in place of the old ones, written with COPY; clears a failure recorded for it.
     */
    void store(ListedDump dump, DumpContents contents, Instant now) {
        jdbc.sql(UPSERT_DUMP)
                .param("slug", dump.slug())
                .param("path", dump.path())
                .param("modified", Timestamp.from(dump.modifiedAt()))
                .param("date", dump.date())
                .param("start", Timestamp.from(contents.start()))
                .param("end", Timestamp.from(contents.end()))
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("delete from raw.listenbrainz_data_dump_records where slug = :slug")
                .param("slug", dump.slug())
                .update();
        copyRecords(dump.slug(), contents.counts());
        jdbc.sql("delete from raw.listenbrainz_data_dump_failures where ftp_path = :path")
                .param("path", dump.path())
                .update();
    }

    /** Records why {@code dump} could not be stored. */
    void recordFailure(ListedDump dump, String reason, Instant now) {
        jdbc.sql(UPSERT_FAILURE)
                .param("path", dump.path())
                .param("slug", dump.slug())
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
    }

    private void copyRecords(String slug, ListenCounts counts) {
        // The connection of the surrounding transaction, so that the COPY commits with the rest.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            PGCopyOutputStream copy = new PGCopyOutputStream(postgres, COPY_RECORDS, 1 << 16);
            try (CSVPrinter csv = new CSVPrinter(
                    new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16),
                    CSVFormat.POSTGRESQL_CSV)) {
                counts.forEach((userId, artist, count) -> csv.printRecord(slug, userId, artist, count));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing the counts of " + slug + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("storing the counts of " + slug + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
