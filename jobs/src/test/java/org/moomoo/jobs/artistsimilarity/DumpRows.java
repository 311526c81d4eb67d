package org.moomoo.jobs.artistsimilarity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes ListenBrainz dumps and their per-user artist counts straight into the raw tables, as the
 * {@code listenbrainz-data-dump} job stores them.
 */
final class DumpRows {

    private final JdbcClient jdbc;

    DumpRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties the dump tables and the stored factors. */
    DumpRows clear() {
        jdbc.sql("DELETE FROM raw.listenbrainz_data_dump_records").update();
        jdbc.sql("DELETE FROM raw.listenbrainz_data_dumps").update();
        jdbc.sql("DELETE FROM raw.listenbrainz_artist_factors").update();
        return this;
    }

    /** A dump named {@code slug} of {@code daysAgo} days before today (UTC). */
    DumpRows dump(String slug, int daysAgo) {
        LocalDate date = LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo);
        jdbc.sql("""
                INSERT INTO raw.listenbrainz_data_dumps (slug, ftp_path, ftp_modify_ts, date, start_timestamp, end_timestamp)
                VALUES (:slug, :path, now(), :date, now(), now())
                """)
                .param("slug", slug)
                .param("path", "/pub/" + slug + ".tar.zst")
                .param("date", date)
                .update();
        return this;
    }

    /** {@code listens} listens of {@code user} to {@code artist} in dump {@code slug}. */
    DumpRows count(String slug, int user, UUID artist, int listens) {
        jdbc.sql("""
                INSERT INTO raw.listenbrainz_data_dump_records (slug, user_id, artist_mbid, listen_count)
                VALUES (:slug, :user, :artist, :listens)
                """)
                .param("slug", slug)
                .param("user", user)
                .param("artist", artist)
                .param("listens", listens)
                .update();
        return this;
    }

    /**
     * Users {@code firstUser .. firstUser + users - 1} each listen to every one of {@code artists}
     * in dump {@code slug}, a few times each: a taste group whose artists belong together.
     */
    DumpRows group(String slug, int firstUser, int users, UUID... artists) {
        for (int u = firstUser; u < firstUser + users; u++) {
            for (int a = 0; a < artists.length; a++) {
                count(slug, u, artists[a], 1 + (u * 7 + a * 3) % 9);
            }
        }
        return this;
    }
}
