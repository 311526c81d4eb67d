package org.moomoo.jobs.listensimport;

import java.util.List;
import java.util.Locale;

/** The kinds of listening history {@code listens-import} reads. */
enum ImportFormat {
    /** ListenBrainz's export: a ZIP of JSON-lines files, one JSON-lines file, or the older JSON array. */
    LISTENBRAINZ,
    /** A Last.fm scrobble CSV with a header row. */
    LASTFM,
    /** Spotify's streaming history: {@code Streaming_History_Audio_*.json} or the older {@code StreamingHistory*.json}. */
    SPOTIFY;

    /** The values of {@code format=}, {@code auto} first. */
    static final List<String> CHOICES = List.of("auto", "listenbrainz", "lastfm", "spotify");

    /** The format named by a {@code format=} value other than {@code auto}. */
    static ImportFormat named(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
