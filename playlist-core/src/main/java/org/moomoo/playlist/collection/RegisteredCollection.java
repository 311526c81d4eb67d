package org.moomoo.playlist.collection;

/**
 * The collections every user has, in the order create-collections makes them, with their refresh
 * schedules (spec/playlists-http-client.md 6.3).
 */
public enum RegisteredCollection {
    LOVED_TRACKS("loved-tracks", RefreshSchedule.ALWAYS),
    REVISIT_TRACKS("revisit-tracks", RefreshSchedule.ALWAYS),
    REVISIT_RELEASES("revisit-releases", RefreshSchedule.dailyAt(RegisteredCollection.DEFAULT_REFRESH_HOUR)),
    SMART_MIXES("smart-mixes", RefreshSchedule.dailyAt(RegisteredCollection.DEFAULT_REFRESH_HOUR)),
    TOP_ARTISTS("top-artists", RefreshSchedule.dailyAt(RegisteredCollection.DEFAULT_REFRESH_HOUR));

    /** 07:00 UTC: the middle of the night in New York, where the original's author listens. */
    private static final int DEFAULT_REFRESH_HOUR = 7;

    private final String collectionName;
    private final RefreshSchedule schedule;

    RegisteredCollection(String collectionName, RefreshSchedule schedule) {
        this.collectionName = collectionName;
        this.schedule = schedule;
    }

    /** The name stored in the database and used by jobs, the API and the client. */
    public String collectionName() {
        return collectionName;
    }

    public RefreshSchedule schedule() {
        return schedule;
    }
}
