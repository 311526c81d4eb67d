package org.moomoo.playlist.collection;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored collection of a user (a row of raw.moomoo_playlist_collections).
 *
 * @param refreshedAt when its playlists were last replaced; null if never
 */
public record PlaylistCollection(UUID id, String name, String username, RefreshSchedule schedule, Instant refreshedAt) {

    public PlaylistCollection {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(username);
        Objects.requireNonNull(schedule);
    }

    /** Whether its playlists are due to be rebuilt at {@code now}. */
    public boolean isStale(Instant now) {
        return schedule.isStale(refreshedAt, now);
    }
}
