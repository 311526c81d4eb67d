package org.moomoo.jobs.localfiles;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Upserts file rows by path and records the birth time of paths seen for the first time, in the
 * chunk's transaction: a restarted run rewrites a row at most, never duplicates it.
 */
final class LocalFilesWriter implements ItemWriter<LocalFileRow> {

    private static final String UPSERT = """
            INSERT INTO raw.local_music_files
                (filepath, recording_md5, recording_name, release_name, artist_name, json_data,
                 file_created_at, file_modified_at, insert_ts_utc, file_size_bytes, read_error)
            VALUES (:filepath, :recordingMd5, :recordingName, :releaseName, :artistName, CAST(:jsonData AS jsonb),
                 :createdAt, :modifiedAt, :now, :sizeBytes, :readError)
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
            VALUES (:filepath, :bornAt, :now)
            ON CONFLICT (filepath) DO NOTHING
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    LocalFilesWriter(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends LocalFileRow> chunk) {
        OffsetDateTime now = utc(clock.instant());
        List<? extends LocalFileRow> rows = chunk.getItems();
        jdbc.batchUpdate(
                UPSERT, rows.stream().map(row -> fileParameters(row, now)).toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate(
                BIRTH, rows.stream().map(row -> birthParameters(row, now)).toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource fileParameters(LocalFileRow row, OffsetDateTime now) {
        return new MapSqlParameterSource()
                .addValue("filepath", row.filepath())
                .addValue("recordingMd5", row.recordingMd5())
                .addValue("recordingName", row.recordingName())
                .addValue("releaseName", row.releaseName())
                .addValue("artistName", row.artistName())
                .addValue("jsonData", row.jsonData())
                .addValue("createdAt", utc(row.changedAt()))
                .addValue("modifiedAt", utc(row.stamp().modifiedAt()))
                .addValue("now", now)
                .addValue("sizeBytes", row.stamp().sizeBytes())
                .addValue("readError", row.readError());
    }

    private static SqlParameterSource birthParameters(LocalFileRow row, OffsetDateTime now) {
        return new MapSqlParameterSource()
                .addValue("filepath", row.filepath())
                .addValue("bornAt", row.bornAt() == null ? now : utc(row.bornAt()))
                .addValue("now", now);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
