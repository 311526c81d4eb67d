package org.moomoo.api.library;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The folder the library's paths are relative to: {@code MOOMOO_MEDIA_LIBRARY} when set (the
 * library is mounted elsewhere on this machine), else the folder the last {@code local-files} run
 * scanned, as it recorded it in {@code raw.local_music_library}.
 */
@Component
class LibraryRoot {

    private final JdbcClient jdbc;
    private final String configured;

    LibraryRoot(JdbcClient jdbc, @Value("${moomoo.media-library:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured.strip();
    }

    /** The root, absolute and normalised; empty when neither names one. */
    Optional<Path> get() {
        if (!configured.isEmpty()) {
            return Optional.of(Path.of(configured).toAbsolutePath().normalize());
        }
        return jdbc.sql("SELECT root_path FROM raw.local_music_library WHERE id = 1")
                .query(String.class)
                .optional()
                .map(root -> Path.of(root).toAbsolutePath().normalize());
    }
}
