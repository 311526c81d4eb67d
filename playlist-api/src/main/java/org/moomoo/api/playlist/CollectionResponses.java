package org.moomoo.api.playlist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.moomoo.api.system.ApiException;
import org.moomoo.api.system.JsonEnvelope;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.PlaylistCollection;
import org.moomoo.playlist.track.Playlist;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The collection routes' response bodies, rendered once and kept in memory. A stored collection
 * changes only when a job replaces it, which sets its {@code refreshed_at_utc}: so a body is served
 * as it is for {@code checkInterval}, then the next request reads the collection's row (one indexed
 * row) and reads and renders the playlists again only when that row says they were replaced. A
 * replaced or dropped collection is thus served fresh at most {@code checkInterval} after the
 * replace commits. Only collections that exist are kept: one entry per stored collection at most.
 */
final class CollectionResponses {

    private record Key(String username, String name) {}

    /** A rendered collection: its body, null when it holds no playlist. */
    private record Rendered(UUID id, Instant refreshedAt, byte[] body, Instant checkedAt) {

        boolean sameVersion(PlaylistCollection collection) {
            return id.equals(collection.id()) && Objects.equals(refreshedAt, collection.refreshedAt());
        }

        Rendered checked(Instant at) {
            return new Rendered(id, refreshedAt, body, at);
        }
    }

    private final CollectionStore store;
    private final TransactionOperations readOnlyTransaction;
    private final Clock clock;
    private final Duration checkInterval;
    private final Map<Key, Rendered> rendered = new ConcurrentHashMap<>();

    /**
     * @param readOnlyTransaction reads a collection's row and playlists as one snapshot
     * @param checkInterval how long a body is served without looking at the database; zero to look
     *     on every request
     */
    CollectionResponses(
            CollectionStore store, TransactionOperations readOnlyTransaction, Clock clock, Duration checkInterval) {
        this.store = store;
        this.readOnlyTransaction = readOnlyTransaction;
        this.clock = clock;
        this.checkInterval = checkInterval;
    }

    /**
     * The success envelope of {@code username}'s collection {@code name}.
     *
     * @throws ApiException a 404 when the user has no such collection or it holds no playlist
     */
    byte[] body(String username, String name) {
        Key key = new Key(username, name);
        Instant now = clock.instant();
        Rendered current = rendered.get(key);
        if (current == null || !now.isBefore(current.checkedAt().plus(checkInterval))) {
            current = checked(key, current, now);
        }
        if (current.body() == null) {
            throw ApiException.notFound(
                    "No " + name + " playlists found for " + GeneratorRequest.shown(username) + ".");
        }
        return current.body();
    }

    // Concurrent requests may check the same collection at once: at most one query each, once per
    // interval, and they all store the same version.
    private Rendered checked(Key key, Rendered current, Instant now) {
        PlaylistCollection collection = store.find(key.username(), key.name()).orElse(null);
        if (collection == null) {
            rendered.remove(key);
            throw notFound(key);
        }
        Rendered fresh = current != null && current.sameVersion(collection) ? current.checked(now) : load(key, now);
        rendered.put(key, fresh);
        return fresh;
    }

    // The row is read again with the playlists: the version stored is the one the body was made from.
    private Rendered load(Key key, Instant now) {
        return readOnlyTransaction.execute(status -> {
            PlaylistCollection collection =
                    store.find(key.username(), key.name()).orElseThrow(() -> notFound(key));
            List<Playlist> playlists = store.playlists(collection);
            byte[] body = playlists.isEmpty() ? null : JsonEnvelope.success(playlists);
            return new Rendered(collection.id(), collection.refreshedAt(), body, now);
        });
    }

    private static ApiException notFound(Key key) {
        return ApiException.notFound("Collection " + key.name() + " collection not found for "
                + GeneratorRequest.shown(key.username()) + ".");
    }
}
