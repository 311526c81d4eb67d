package org.moomoo.jobs.localfiles;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.moomoo.jobs.copy.CopyText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts file rows by path and records the birth time of paths seen for the first time, in the
 * chunk's transaction: a restarted run rewrites a row at most, never duplicates it.
 *
 * <p>The chunk's rows are streamed with {@code COPY} into a temporary staging table, then moved by
 * one upsert and one birth insert: two statements a chunk instead of two a file.
 */
final class LocalFilesWriter implements ItemWriter<LocalFileRow> {

    // One staging table per connection, emptied by each commit; a rolled-back chunk takes its rows with it.
    private static final String STAGING = """
            CREATE TEMPORARY TABLE IF NOT EXISTS local_files_staging
              (filepath text, recording_md5 text, recording_name text, release_name text, artist_name text,
               json_data text, created_at bigint, modified_at bigint, size_bytes bigint, read_error text,
               born_at bigint) ON COMMIT DELETE ROWS
            """;

    private static final String COPY = "COPY local_files_staging FROM STDIN";

    private static final String UPSERT = """
            INSERT INTO raw.local_music_files
                (filepath, recording_md5, recording_name, release_name, artist_name, json_data,
                 file_created_at, file_modified_at, insert_ts_utc, file_size_bytes, read_error)
            SELECT filepath, recording_md5, recording_name, release_name, artist_name, json_data::jsonb,
                 to_timestamp(created_at), to_timestamp(modified_at), ?, size_bytes, read_error
            FROM local_files_staging
            ON CONFLICT (filepath) DO UPDATE SET
                recording_md5 = excluded.recording_md5, recording_name = excluded.recording_name,
                release_name = excluded.release_name, artist_name = excluded.artist_name,
                json_data = excluded.json_data, file_created_at = excluded.file_created_at,
                file_modified_at = excluded.file_modified_at, insert_ts_utc = excluded.insert_ts_utc,
                file_size_bytes = excluded.file_size_bytes, read_error = excluded.read_error
            """;

    // Birth rows are written once and never updated: they outlive the file's row.
    private static final String BIRTH = """
            INSERT INTO raw.local_music_files_birth_timestamps (filepath, birth_at, insert_ts_utc)
            SELECT filepath, COALESCE(to_timestamp(born_at), ?), ? FROM local_files_staging
            ON CONFLICT (filepath) DO NOTHING
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LocalFilesWriter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends LocalFileRow> chunk) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<? extends LocalFileRow> rows = chunk.getItems();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                // A commit lost in a crash only means those files are read again by the next scan,
                // which chooses its work from the committed rows: waiting for the disk buys nothing.
                statement.execute("SET LOCAL synchronous_commit TO OFF");
                statement.execute(STAGING);
            }
            copy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY), rows);
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setObject(1, now);
                upsert.executeUpdate();
            }
            try (PreparedStatement birth = connection.prepareStatement(BIRTH)) {
                birth.setObject(1, now);
                birth.setObject(2, now);
                birth.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Streams the rows in {@code COPY}'s text format: tab-separated, {@code \N} for null, times as
     * epoch seconds, in blocks of about {@value CopyText#BLOCK} characters.
     */
    private static void copy(CopyIn copy, List<? extends LocalFileRow> rows) throws SQLException {
        try {
            StringBuilder block = CopyText.block();
            for (LocalFileRow row : rows) {
                CopyText.text(block, row.filepath()).append('\t');
                CopyText.text(block, row.recordingMd5()).append('\t');
                CopyText.text(block, row.recordingName()).append('\t');
                CopyText.text(block, row.releaseName()).append('\t');
                CopyText.text(block, row.artistName()).append('\t');
                CopyText.text(block, row.jsonData()).append('\t');
                seconds(block, row.changedAt()).append('\t');
                seconds(block, row.stamp().modifiedAt()).append('\t');
                block.append(row.stamp().sizeBytes()).append('\t');
                CopyText.text(block, row.readError()).append('\t');
                seconds(block, row.bornAt()).append('\n');
                CopyText.sendIfFull(copy, block);
            }
            CopyText.send(copy, block);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static StringBuilder seconds(StringBuilder out, Instant time) {
        // The times are whole seconds already (LibraryScanner truncates them).
        return time == null ? out.append("\\N") : out.append(time.getEpochSecond());
    }
}
