package org.moomoo.api.library;

import java.util.List;
import org.moomoo.api.system.ApiException;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@link LibraryIndex} and {@link LibraryMap} of the snapshot the engine serves: built on the
 * first request after a snapshot is replaced (a published model build), then shared by every
 * request until the next one.
 */
@Component
class LibraryCatalog {

    /** The index and map of one snapshot; the map is projected on its first request. */
    private static final class Built {
        final LibrarySnapshot snapshot;
        final LibraryIndex index;
        volatile byte[] map;

        Built(LibrarySnapshot snapshot, LibraryIndex index) {
            this.snapshot = snapshot;
            this.index = index;
        }
    }

    private final CurrentSnapshot snapshots;
    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;
    private volatile Built current;

    LibraryCatalog(CurrentSnapshot snapshots, JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
    }

    /** The search index of the library in service. */
    LibraryIndex index() {
        return built().index;
    }

    /** The map of the library in service as its JSON body, projected once per snapshot. */
    byte[] map() {
        Built built = built();
        byte[] map = built.map;
        if (map == null) {
            synchronized (built) {
                map = built.map;
                if (map == null) {
                    map = LibraryMap.of(built.snapshot, built.index).json();
                    built.map = map;
                }
            }
        }
        return map;
    }

    private Built built() {
        LibrarySnapshot snapshot = snapshot();
        Built built = current;
        if (built != null && built.snapshot == snapshot) {
            return built;
        }
        synchronized (this) {
            built = current;
            if (built == null || built.snapshot != snapshot) {
                built = new Built(snapshot, new LibraryIndex(entries(snapshot)));
                current = built;
            }
            return built;
        }
    }

    private LibrarySnapshot snapshot() {
        try {
            return snapshots.get();
        } catch (IllegalStateException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "The library is not available: " + e.getMessage());
        }
    }

    // The snapshot keeps no tags (the engine needs none): they are read beside it, once.
    private List<LibraryIndex.Entry> entries(LibrarySnapshot snapshot) {
        return retry.read(() -> jdbc.sql("""
                        SELECT filepath, track_name, artist_name, album_name, track_length_seconds
                        FROM %s
                        ORDER BY filepath
                        """.formatted(schema.table("local_files")))
                .query((rs, i) -> {
                    String path = rs.getString(1);
                    float seconds = rs.getFloat(5);
                    Integer length = rs.wasNull() ? null : (int) Math.floor(seconds);
                    return new LibraryIndex.Entry(
                            path,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            length,
                            snapshot.indexOf(path) >= 0);
                })
                .list());
    }
}
