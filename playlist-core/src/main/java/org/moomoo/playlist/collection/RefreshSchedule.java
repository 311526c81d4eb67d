package org.moomoo.playlist.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The hours of the day (UTC) after which a collection becomes stale (spec/playlists-http-client.md
 * 6.1). An empty schedule means "always stale": the collection is rebuilt on every run.
 *
 * @param hoursUtc hours 0-23; duplicates are harmless
 */
public record RefreshSchedule(List<Integer> hoursUtc) {

    /** Rebuilt on every run. */
    public static final RefreshSchedule ALWAYS = new RefreshSchedule(List.of());

    public RefreshSchedule {
        hoursUtc = List.copyOf(hoursUtc);
        for (int hour : hoursUtc) {
            if (hour < 0 || hour > 23) {
                throw new IllegalArgumentException("refresh hour " + hour + " is not an hour of the day (0-23)");
            }
        }
    }

    /** Refreshed once a day, after {@code hour}:00 UTC. */
    public static RefreshSchedule dailyAt(int hour) {
        return new RefreshSchedule(List.of(hour));
    }

    /**
     * The latest scheduled instant at or before {@code now}, looking at today and yesterday (UTC);
     * empty when the schedule has no hours.
     */
    public Optional<Instant> lastTarget(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant latest = null;
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            for (int hour : hoursUtc) {
                Instant target = day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
                if (!target.isAfter(now) && (latest == null || target.isAfter(latest))) {
                    latest = target;
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Stale when never refreshed, when there is no schedule, or when refreshed before the last target. */
    public boolean isStale(Instant refreshedAt, Instant now) {
        if (refreshedAt == null) {
            return true;
        }
        return lastTarget(now).map(refreshedAt::isBefore).orElse(true);
    }
}
