package org.moomoo.jobs.artistsimilarity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the model's input from the stored dump counts (spec/ingest.md 5.11 steps 1 and 2): every
 * user's listens per artist summed over the dumps of the last 365 days, without the listener's own
 * user id, for the artists with at least {@link #MIN_LISTENERS} listeners.
 *
 * <p>Rows are the users that remain, numbered in ascending user id order (the original numbered
 * rows by raw user id, so that every unused id below the largest was an empty row counted by BM25;
 * DESIGN 9 keeps what it meant, one row per user). Columns are the artists in ascending MBID order.
 */
final class DumpCountsReader {

    /** Artists with fewer listeners say too little about who they are like. */
    static final int MIN_LISTENERS = 4;

    /** The window of dumps the model learns from. */
    static final int DAYS = 365;

    // Streamed in pages, so that millions of counts never sit in the driver's memory at once.
    private static final int FETCH_SIZE = 10_000;

    private static final String COUNTS = """
            WITH counts AS (
              SELECT r.user_id, r.artist_mbid, sum(r.listen_count) AS listens
              FROM raw.listenbrainz_data_dump_records r
              JOIN raw.listenbrainz_data_dumps d ON d.slug = r.slug
              WHERE d.date >= ? AND r.user_id IS DISTINCT FROM CAST(? AS integer)
              GROUP BY r.user_id, r.artist_mbid),
            kept AS (
              SELECT artist_mbid FROM counts GROUP BY artist_mbid HAVING count(*) >= ?)
            SELECT c.user_id, c.artist_mbid::text AS artist, c.listens
            FROM counts c JOIN kept k ON k.artist_mbid = c.artist_mbid
            ORDER BY c.artist_mbid, c.user_id
            """;

    private final JdbcTemplate jdbc;

    DumpCountsReader(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** The counts of the {@value #DAYS} days up to {@code today}, without {@code ownUserId}'s. */
    ListenCounts read(LocalDate today, Optional<Integer> ownUserId) {
        Entries entries = new Entries();
        List<String> artists = new ArrayList<>();
        jdbc.query(
                COUNTS,
                rs -> {
                    String artist = rs.getString("artist");
                    // Rows come in artist order: a new MBID is the next column.
                    if (artists.isEmpty() || !artists.get(artists.size() - 1).equals(artist)) {
                        artists.add(artist);
                    }
                    entries.add(rs.getInt("user_id"), artists.size() - 1, rs.getLong("listens"));
                },
                today.minusDays(DAYS),
                ownUserId.orElse(null),
                MIN_LISTENERS);
        int[] userIds = Arrays.stream(entries.users, 0, entries.count)
                .distinct()
                .sorted()
                .toArray();
        int[] rows = new int[entries.count];
        for (int k = 0; k < entries.count; k++) {
            rows[k] = Arrays.binarySearch(userIds, entries.users[k]);
        }
        SparseMatrix counts =
                SparseMatrix.of(userIds.length, artists.size(), rows, entries.artists, entries.listens, entries.count);
        return new ListenCounts(userIds, List.copyOf(artists), counts);
    }

    /** Growable parallel arrays of (user id, column, count). */
    private static final class Entries {
        int[] users = new int[1024];
        int[] artists = new int[1024];
        float[] listens = new float[1024];
        int count;

        void add(int user, int artist, long listenCount) {
            if (count == users.length) {
                users = Arrays.copyOf(users, count * 2);
                artists = Arrays.copyOf(artists, count * 2);
                listens = Arrays.copyOf(listens, count * 2);
            }
            users[count] = user;
            artists[count] = artist;
            listens[count] = listenCount;
            count++;
        }
    }
}
