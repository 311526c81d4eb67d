package org.moomoo.jobs.collections;

import org.moomoo.models.testing.AnalyticRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where a collection job test starts: no playlist stored, and (on the analytic template) no analytic rows. */
final class CollectionTables {

    private CollectionTables() {}

    /** Deletes every stored collection with its playlists and tracks. */
    static void emptyPlaylists(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM raw.moomoo_playlist_tracks; DELETE FROM raw.moomoo_playlist_collection_items;"
                        + " DELETE FROM raw.moomoo_playlist_collections")
                .update();
    }

    /** Empties the playlist storage and the published tables, and returns the rows to fill them with. */
    static AnalyticRows emptied(JdbcClient jdbc) {
        emptyPlaylists(jdbc);
        return new AnalyticRows(jdbc).clear();
    }
}
