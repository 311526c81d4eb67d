package org.moomoo.jobs.localfiles;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the scan needs to know of {@code raw.local_music_files}, its exclusion table and the recorded
 * library root ({@code raw.local_music_library}).
 */
final class LocalFilesTable {

    private final JdbcClient jdbc;

    LocalFilesTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ExcludePatterns excludePatterns() {
        return ExcludePatterns.load(jdbc);
    }

    // Epoch seconds rather than timestamps: the driver then decodes no date text for each row.
    private static final String STAMPS = """
            SELECT filepath, file_size_bytes, extract(epoch FROM file_modified_at)::bigint
            FROM raw.local_music_files
            """;

    /** Size and modification time of every stored file; rows without a size map to null. */
    Map<String, FileStamp> stamps() {
        Map<String, FileStamp> stamps = new HashMap<>();
        jdbc.sql(STAMPS).query(rs -> {
            long size = rs.getLong(2);
            boolean known = !rs.wasNull();
            stamps.put(rs.getString(1), known ? new FileStamp(size, Instant.ofEpochSecond(rs.getLong(3))) : null);
        });
        return stamps;
    }

    private static final String DELETE = """
            DELETE FROM raw.local_music_files WHERE filepath = ANY(:paths)
            """;

    /** Deletes the rows of these paths; birth timestamps are kept on purpose. */
    int delete(Collection<String> paths) {
        if (paths.isEmpty()) {
            return 0;
        }
        return jdbc.sql(DELETE).param("paths", paths.toArray(String[]::new)).update();
    }

    private static final String ROOT = """
            SELECT root_path FROM raw.local_music_library
            """;

    /** The recorded library root, empty before the first scan. */
    Optional<Path> libraryRoot() {
        return jdbc.sql(ROOT).query(String.class).optional().map(Path::of);
    }

    private static final String RECORD_ROOT = """
            INSERT INTO raw.local_music_library (id, root_path) VALUES (1, :root)
            ON CONFLICT (id) DO UPDATE SET root_path = excluded.root_path, insert_ts_utc = CURRENT_TIMESTAMP
            """;

    /** Records {@code root} as the library, replacing the one recorded before. */
    void recordLibraryRoot(Path root) {
        jdbc.sql(RECORD_ROOT).param("root", root.toString()).update();
    }
}
