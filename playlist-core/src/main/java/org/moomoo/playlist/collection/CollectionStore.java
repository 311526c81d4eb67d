package org.moomoo.playlist.collection;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.ReasonJson;
import org.moomoo.playlist.track.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The playlist storage tables (spec/playlists-http-client.md 2.3 and 6.2): looks collections up,
 * creates and drops them, replaces their playlists in one transaction and reads them back in order.
 * The tracks table is the one copy of each track list (DESIGN 9.17); each track's reason is stored
 * beside it as jsonb.
 */
public final class CollectionStore {

    private static final String SELECT_COLLECTION = """
            SELECT collection_id, collection_name, username, refresh_at_hours_utc, refreshed_at_utc
            FROM raw.moomoo_playlist_collections
            WHERE username = :username AND collection_name = :name
            """;
    private static final Logger log = LoggerFactory.getLogger(CollectionStore.class);

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    /**
     * @param transactions runs each replace and drop as one transaction (joining a surrounding one)
     * @param clock        "now" for the staleness check, fixed in tests
     */
    public CollectionStore(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The collection, if the user has it. */
    public Optional<PlaylistCollection> find(String username, String name) {
        return jdbc.sql(SELECT_COLLECTION)
                .param("username", username)
                .param("name", name)
                .query((rs, i) -> collection(rs))
                .optional();
    }

    /**
     * The collection.
     *
     * @throws CollectionNotFoundException when the user does not have it
     */
    public PlaylistCollection get(String username, String name) {
        return find(username, name).orElseThrow(() -> new CollectionNotFoundException(username, name));
    }

    /** Whether the collection's playlists are due to be rebuilt now. */
    public boolean isStale(PlaylistCollection collection) {
        return collection.isStale(clock.instant());
    }

    /** Creates an empty, never refreshed collection with a new id. */
    public PlaylistCollection create(String username, String name, RefreshSchedule schedule) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO raw.moomoo_playlist_collections (collection_id, collection_name, username, refresh_at_hours_utc)
                VALUES (:id, :name, :username, CAST(:hours AS integer[]))
                """)
                .param("id", id)
                .param("name", name)
                .param("username", username)
                .param("hours", schedule.hoursUtc().isEmpty() ? null : arrayLiteral(schedule.hoursUtc()))
                .update();
        return get(username, name);
    }

    /** Deletes the collection: its tracks, then its playlists, then itself (DESIGN 9.9), in one transaction. */
    public void drop(PlaylistCollection collection) {
        transactions.executeWithoutResult(status -> {
            deletePlaylists(collection.id());
            jdbc.sql("DELETE FROM raw.moomoo_playlist_collections WHERE collection_id = :id")
                    .param("id", collection.id())
                    .update();
        });
    }

    /**
     * Replaces every playlist of the collection with {@code playlists}, in one transaction: skipped
     * when the collection is fresh and {@code force} is false; otherwise the old tracks and
     * playlists are deleted, the new ones stored under new ids in list order, and the collection
     * marked refreshed at the store's clock's time.
     */
    public ReplaceOutcome replace(PlaylistCollection collection, List<Playlist> playlists, boolean force) {
        return transactions.execute(status -> {
            // Locked and read again: a concurrent replace of the same collection waits, then skips.
            PlaylistCollection current = jdbc.sql(SELECT_COLLECTION + " FOR UPDATE")
                    .param("username", collection.username())
                    .param("name", collection.name())
                    .query((rs, i) -> collection(rs))
                    .optional()
                    .orElseThrow(() -> new CollectionNotFoundException(collection.username(), collection.name()));
            if (!force && !current.isStale(clock.instant())) {
                return ReplaceOutcome.SKIPPED;
            }
            deletePlaylists(current.id());
            for (int index = 0; index < playlists.size(); index++) {
                insertPlaylist(current.id(), index, playlists.get(index));
            }
            // The same clock as the staleness check, so that "fresh after a replace" holds at any hour.
            jdbc.sql("UPDATE raw.moomoo_playlist_collections SET refreshed_at_utc = :now WHERE collection_id = :id")
                    .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .param("id", current.id())
                    .update();
            return ReplaceOutcome.REPLACED;
        });
    }

    /** The collection's playlists by collection order, each with its tracks in track order. */
    public List<Playlist> playlists(PlaylistCollection collection) {
        Map<UUID, Heading> headings = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT playlist_id, title, description FROM raw.moomoo_playlist_collection_items
                WHERE collection_id = :id ORDER BY collection_order_index
                """).param("id", collection.id()).query(rs -> {
            headings.put(
                    rs.getObject("playlist_id", UUID.class),
                    new Heading(rs.getString("title"), rs.getString("description")));
        });
        Map<UUID, List<Track>> tracks = jdbc
                .sql("""
                SELECT t.* FROM raw.moomoo_playlist_tracks t
                JOIN raw.moomoo_playlist_collection_items i USING (playlist_id)
                WHERE i.collection_id = :id
                ORDER BY i.collection_order_index, t.track_order_index
                """)
                .param("id", collection.id())
                .query((rs, i) -> Map.entry(rs.getObject("playlist_id", UUID.class), track(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Playlist> result = new ArrayList<>();
        headings.forEach((id, heading) ->
                result.add(new Playlist(heading.title(), heading.description(), tracks.getOrDefault(id, List.of()))));
        return result;
    }

    private record Heading(String title, String description) {}

    // Children before parents: the foreign keys have no cascade.
    private void deletePlaylists(UUID collectionId) {
        jdbc.sql("""
                DELETE FROM raw.moomoo_playlist_tracks WHERE playlist_id IN
                  (SELECT playlist_id FROM raw.moomoo_playlist_collection_items WHERE collection_id = :id)
                """).param("id", collectionId).update();
        jdbc.sql("DELETE FROM raw.moomoo_playlist_collection_items WHERE collection_id = :id")
                .param("id", collectionId)
                .update();
    }

    private void insertPlaylist(UUID collectionId, int orderIndex, Playlist playlist) {
        UUID playlistId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO raw.moomoo_playlist_collection_items
                  (playlist_id, collection_id, collection_order_index, title, description)
                VALUES (:playlistId, :collectionId, :orderIndex, :title, :description)
                """)
                .param("playlistId", playlistId)
                .param("collectionId", collectionId)
                .param("orderIndex", orderIndex)
                .param("title", playlist.title())
                .param("description", playlist.description())
                .update();
        List<Track> tracks = playlist.tracks();
        for (int index = 0; index < tracks.size(); index++) {
            Track track = tracks.get(index);
            jdbc.sql("""
                    INSERT INTO raw.moomoo_playlist_tracks
                      (track_id, playlist_id, track_order_index, filepath, recording_mbid, release_mbid,
                       release_group_mbid, artist_mbid, album_artist_mbid, track_length_seconds, match_distance, is_seed,
                       reason)
                    VALUES (:trackId, :playlistId, :orderIndex, :filepath, :recording, :release,
                       :releaseGroup, :artist, :albumArtist, :length, :distance, :isSeed, CAST(:reason AS jsonb))
                    """)
                    .param("trackId", UUID.randomUUID())
                    .param("playlistId", playlistId)
                    .param("orderIndex", index)
                    .param("filepath", track.filepath())
                    .param("recording", track.recordingMbid())
                    .param("release", track.releaseMbid())
                    .param("releaseGroup", track.releaseGroupMbid())
                    .param("artist", track.artistMbid())
                    .param("albumArtist", track.albumArtistMbid())
                    .param("length", track.trackLengthSeconds())
                    .param("distance", track.matchDistance())
                    .param("isSeed", track.isSeed())
                    .param("reason", track.reason() == null ? null : ReasonJson.write(track.reason()), Types.VARCHAR)
                    .update();
        }
    }

    private static PlaylistCollection collection(ResultSet rs) throws SQLException {
        Array hours = rs.getArray("refresh_at_hours_utc");
        List<Integer> hourList = hours == null ? List.of() : Arrays.asList((Integer[]) hours.getArray());
        Timestamp refreshed = rs.getTimestamp("refreshed_at_utc");
        return new PlaylistCollection(
                rs.getObject("collection_id", UUID.class),
                rs.getString("collection_name"),
                rs.getString("username"),
                new RefreshSchedule(hourList),
                refreshed == null ? null : refreshed.toInstant());
    }

    private static Track track(ResultSet rs) throws SQLException {
        return new Track(
                        rs.getString("filepath"),
                        rs.getObject("recording_mbid", UUID.class),
                        rs.getObject("release_mbid", UUID.class),
                        rs.getObject("release_group_mbid", UUID.class),
                        rs.getObject("artist_mbid", UUID.class),
                        rs.getObject("album_artist_mbid", UUID.class),
                        rs.getObject("track_length_seconds", Integer.class),
                        rs.getObject("match_distance", Double.class),
                        rs.getObject("is_seed", Boolean.class))
                .withReason(reason(rs));
    }

    /** The stored reason; none for a row stored before reasons (NULL) or one that cannot be read. */
    private static Reason reason(ResultSet rs) throws SQLException {
        String json = rs.getString("reason");
        if (json == null) {
            return null;
        }
        try {
            return ReasonJson.read(json);
        } catch (IllegalArgumentException e) {
            // One unreadable reason must not hide the playlist: the track is shown without it.
            log.warn(
                    "Track {} has an unreadable reason, shown without it: {}",
                    rs.getString("track_id"),
                    e.getMessage());
            return null;
        }
    }

    private static String arrayLiteral(List<Integer> hours) {
        return hours.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
