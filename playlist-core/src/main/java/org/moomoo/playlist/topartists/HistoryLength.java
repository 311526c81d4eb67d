package org.moomoo.playlist.topartists;

import java.util.Arrays;
import java.util.List;

/**
 * How far back top-artists counts listens, with the listens an artist needs to qualify
 * (spec/playlists-http-client.md 6.7).
 */
public enum HistoryLength {
    DAYS_30("30", "last30_listen_count", 15),
    DAYS_60("60", "last60_listen_count", 20),
    DAYS_90("90", "last90_listen_count", 25),
    LIFETIME("lifetime", "lifetime_listen_count", 50);

    private final String parameter;
    private final String column;
    private final int minimumListens;

    HistoryLength(String parameter, String column, int minimumListens) {
        this.parameter = parameter;
        this.column = column;
        this.minimumListens = minimumListens;
    }

    /** The values of the {@code history-length} parameter. */
    public static List<String> parameters() {
        return Arrays.stream(values()).map(h -> h.parameter).toList();
    }

    /**
     * The history length named {@code parameter}.
     *
     * @throws IllegalArgumentException naming the valid values
     */
    public static HistoryLength of(String parameter) {
        return Arrays.stream(values())
                .filter(h -> h.parameter.equals(parameter))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "history-length=" + parameter + ": expected one of " + String.join(", ", parameters())));
    }

    /** The column of artist_listen_counts holding the counts. */
    String column() {
        return column;
    }

    int minimumListens() {
        return minimumListens;
    }

    /** The length in days, null for the whole history. */
    Integer days() {
        return this == LIFETIME ? null : Integer.valueOf(parameter);
    }
}
