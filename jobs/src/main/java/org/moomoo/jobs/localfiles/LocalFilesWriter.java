package org.moomoo.jobs.localfiles;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    private static final int COPY_BLOCK = 1 << 16;

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
     * epoch seconds, in blocks of about {@value #COPY_BLOCK} characters.
     */
    private static void copy(CopyIn copy, List<? extends LocalFileRow> rows) throws SQLException {
        try {
            StringBuilder block = new StringBuilder(COPY_BLOCK + 4096);
            for (LocalFileRow row : rows) {
                text(block, row.filepath()).append('\t');
                text(block, row.recordingMd5()).append('\t');
                text(block, row.recordingName()).append('\t');
                text(block, row.releaseName()).append('\t');
                text(block, row.artistName()).append('\t');
                text(block, row.jsonData()).append('\t');
                seconds(block, row.changedAt()).append('\t');
                seconds(block, row.stamp().modifiedAt()).append('\t');
                block.append(row.stamp().sizeBytes()).append('\t');
                text(block, row.readError()).append('\t');
                seconds(block, row.bornAt()).append('\n');
                if (block.length() >= COPY_BLOCK) {
                    write(copy, block);
                }
            }
            write(copy, block);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder block) throws SQLException {
        byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        block.setLength(0);
    }

    private static StringBuilder seconds(StringBuilder out, Instant time) {
        // The times are whole seconds already (LibraryScanner truncates them).
        return time == null ? out.append("\\N") : out.append(time.getEpochSecond());
    }

    // Escapes what COPY's text format reads specially; runs without such characters are appended whole.
    private static StringBuilder text(StringBuilder out, String text) {
        if (text == null) {
            return out.append("\\N");
        }
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out.append(text, from, i)
                        .append('\\')
                        .append(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
                from = i + 1;
            }
        }
        return out.append(text, from, text.length());
    }
}
