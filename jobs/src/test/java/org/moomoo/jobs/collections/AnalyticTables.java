package org.moomoo.jobs.collections;

import com.pgvector.PGvector;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analytic tables the collection jobs read, made directly in the test database with the
 * columns the SQL models give them, and rows for them.
 */
final class AnalyticTables {

    private static final String DDL = """
            CREATE SCHEMA IF NOT EXISTS analytics;
            CREATE TABLE IF NOT EXISTS analytics.local_files (
              filepath text PRIMARY KEY, recording_mbid uuid, release_mbid uuid, release_group_mbid uuid,
              artist_mbid uuid, album_artist_mbid uuid, track_name text, artist_name text, album_artist_name text,
              artist_key text, album_artist_key text, track_length_seconds real, embedding vector(50),
              embedding_success boolean, embedding_duration_seconds real);
            CREATE TABLE IF NOT EXISTS analytics.loved_tracks (username text, filepath text, love_at timestamptz);
            CREATE TABLE IF NOT EXISTS analytics.revisit_tracks (
              recording_mbid uuid, username text, filepath text, artist_mbid uuid, album_artist_mbid uuid,
              revisit_score double precision);
            CREATE TABLE IF NOT EXISTS analytics.revisit_releases (
              release_group_mbid uuid, release_group_title text, artist_name text, username text,
              revisit_score double precision);
            CREATE TABLE IF NOT EXISTS analytics.artist_listen_counts (
              username text, artist_mbid uuid, artist_name text, lifetime_listen_count integer,
              last30_listen_count integer, last60_listen_count integer, last90_listen_count integer,
              listen_recency_days integer);
            CREATE TABLE IF NOT EXISTS analytics.file_listen_counts (
              username text, filepath text, lifetime_listen_count double precision,
              last30_listen_count double precision, recency_score double precision);
            CREATE TABLE IF NOT EXISTS analytics.map__file_release_group (filepath text, release_group_mbid uuid);
            CREATE TABLE IF NOT EXISTS analytics.artist_factors (artist_mbid uuid, factors vector, insert_ts_utc timestamptz DEFAULT now());
            CREATE TABLE IF NOT EXISTS analytics.mbids (mbid uuid PRIMARY KEY, entity text);
            CREATE TABLE IF NOT EXISTS analytics.map__file_artist (filepath text, artist_mbid uuid);
            TRUNCATE analytics.local_files, analytics.loved_tracks, analytics.revisit_tracks,
              analytics.revisit_releases, analytics.artist_listen_counts, analytics.file_listen_counts,
              analytics.map__file_release_group, analytics.artist_factors, analytics.mbids, analytics.map__file_artist;
            TRUNCATE raw.moomoo_playlist_tracks, raw.moomoo_playlist_collection_items, raw.moomoo_playlist_collections;
            """;

    private final JdbcClient jdbc;

    AnalyticTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tables, created if needed and emptied along with the playlist tables. */
    static AnalyticTables emptied(JdbcClient jdbc) {
        AnalyticTables tables = new AnalyticTables(jdbc);
        tables.reset();
        return tables;
    }

    /** Creates the tables if needed and empties them and the playlist tables. */
    void reset() {
        jdbc.sql(DDL).update();
    }

    /** A file known by path and tag length only. */
    void file(String path, double lengthSeconds) {
        jdbc.sql("INSERT INTO analytics.local_files (filepath, track_length_seconds) VALUES (:path, :length)")
                .param("path", path).param("length", (float) lengthSeconds).update();
    }

    /** A file with its release group, artist and album artist. */
    void file(String path, UUID releaseGroup, UUID artist, UUID albumArtist) {
        jdbc.sql("""
                INSERT INTO analytics.local_files (filepath, recording_mbid, release_mbid, release_group_mbid,
                  artist_mbid, album_artist_mbid, track_length_seconds)
                VALUES (:path, :recording, :release, :releaseGroup, :artist, :albumArtist, 180.5)
                """)
                .param("path", path).param("recording", UUID.randomUUID()).param("release", UUID.randomUUID())
                .param("releaseGroup", releaseGroup).param("artist", artist).param("albumArtist", albumArtist)
                .update();
    }

    /** A file with an embedding, as smart-mix reads it. */
    void embeddedFile(String path, UUID artist, String artistName, UUID albumArtist, String albumArtistName,
            float[] embedding, boolean success, double durationSeconds) {
        jdbc.sql("""
                INSERT INTO analytics.local_files (filepath, track_name, artist_mbid, artist_name, album_artist_mbid,
                  album_artist_name, artist_key, album_artist_key, track_length_seconds, embedding, embedding_success,
                  embedding_duration_seconds)
                VALUES (:path, :name, :artist, :artistName, :albumArtist, :albumArtistName, :artistKey,
                  :albumArtistKey, 200, :embedding, :success, :duration)
                """)
                .param("path", path).param("name", "Track " + path).param("artist", artist)
                .param("artistKey", artist == null ? null : artist.toString())
                .param("albumArtistKey", albumArtist != null ? albumArtist.toString()
                        : artist == null ? null : artist.toString())
                .param("artistName", artistName).param("albumArtist", albumArtist)
                .param("albumArtistName", albumArtistName).param("embedding", new PGvector(embedding))
                .param("success", success).param("duration", (float) durationSeconds)
                .update();
    }

    void listens(String username, String path, double lifetime) {
        jdbc.sql("""
                INSERT INTO analytics.file_listen_counts (username, filepath, lifetime_listen_count, last30_listen_count, recency_score)
                VALUES (:username, :path, :lifetime, 0, 0)
                """).param("username", username).param("path", path).param("lifetime", lifetime).update();
    }

    void love(String username, String path, String at) {
        jdbc.sql("INSERT INTO analytics.loved_tracks (username, filepath, love_at) VALUES (:username, :path, CAST(:at AS timestamptz))")
                .param("username", username).param("path", path).param("at", at).update();
    }

    /** Registers {@code artist} as an artist MBID mapped to {@code paths}, as the from-MBIDs generator reads it. */
    void artistFiles(UUID artist, List<String> paths) {
        jdbc.sql("INSERT INTO analytics.mbids (mbid, entity) VALUES (:mbid, 'artist')").param("mbid", artist).update();
        for (String path : paths) {
            jdbc.sql("INSERT INTO analytics.map__file_artist (filepath, artist_mbid) VALUES (:path, :mbid)")
                    .param("path", path).param("mbid", artist).update();
        }
    }

    void artistFactors(UUID artist, float[] factors) {
        jdbc.sql("INSERT INTO analytics.artist_factors (artist_mbid, factors) VALUES (:artist, :factors)")
                .param("artist", artist).param("factors", new PGvector(factors)).update();
    }
}
