package org.moomoo.jobs.playlist;

import com.pgvector.PGvector;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analytic tables the playlist layer reads, created in a test's own database with the columns
 * the SQL models give them, and rows written the way a test needs them.
 */
final class AnalyticsTables {

    private final JdbcClient jdbc;

    AnalyticsTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Drops and re-creates schema {@code analytics} with empty tables. The record of published builds
     * stays, as it does across real builds, so build ids keep growing.
     */
    AnalyticsTables create() {
        jdbc.sql("DROP SCHEMA IF EXISTS analytics CASCADE").update();
        jdbc.sql("CREATE SCHEMA analytics").update();
        jdbc.sql("""
                CREATE TABLE analytics.local_files (
                  filepath VARCHAR PRIMARY KEY, recording_mbid UUID, release_mbid UUID, release_group_mbid UUID,
                  artist_mbid UUID, album_artist_mbid UUID, track_name VARCHAR, artist_name VARCHAR,
                  album_artist_name VARCHAR, artist_key TEXT, album_artist_key TEXT, track_length_seconds REAL,
                  embedding public.vector,
                  embedding_success BOOLEAN, embedding_duration_seconds DOUBLE PRECISION)
                """).update();
        jdbc.sql("""
                CREATE TABLE analytics.artist_factors (
                  artist_mbid UUID, factors public.vector, insert_ts_utc TIMESTAMPTZ DEFAULT now())
                """).update();
        jdbc.sql("""
                CREATE TABLE analytics.file_listen_counts (
                  username VARCHAR, filepath VARCHAR, lifetime_listen_count DOUBLE PRECISION,
                  last30_listen_count DOUBLE PRECISION, recency_score DOUBLE PRECISION)
                """).update();
        jdbc.sql("CREATE TABLE analytics.mbids (mbid UUID PRIMARY KEY, entity VARCHAR)").update();
        for (String entity : new String[] {"recording", "release", "release_group", "artist"}) {
            jdbc.sql("CREATE TABLE analytics.map__file_%s (filepath VARCHAR, %s_mbid UUID)".formatted(entity, entity))
                    .update();
        }
        return this;
    }

    /** An embedded file (120 s of audio scored) by {@code artist}, 200.9 s long. */
    AnalyticsTables file(String path, UUID artist, float... vector) {
        return file(path, artist, null, 120, vector);
    }

    AnalyticsTables file(String path, UUID artist, UUID albumArtist, double embeddedSeconds, float... vector) {
        jdbc.sql("""
                INSERT INTO analytics.local_files (filepath, recording_mbid, artist_mbid, album_artist_mbid, artist_key,
                  album_artist_key, track_length_seconds, embedding, embedding_success, embedding_duration_seconds)
                VALUES (:path, :recording, :artist, :albumArtist, :artistKey, :albumArtistKey, 200.9, :vector, true,
                  :seconds)
                """).param("path", path).param("recording", UUID.nameUUIDFromBytes(path.getBytes()))
                .param("artist", artist).param("albumArtist", albumArtist)
                .param("artistKey", artist == null ? null : artist.toString())
                .param("albumArtistKey", albumArtist != null ? albumArtist.toString()
                        : artist == null ? null : artist.toString())
                .param("vector", new PGvector(vector))
                .param("seconds", embeddedSeconds).update();
        return this;
    }

    /** A file that was never embedded. */
    AnalyticsTables unembeddedFile(String path) {
        jdbc.sql("INSERT INTO analytics.local_files (filepath, track_length_seconds) VALUES (:path, 180.5)")
                .param("path", path).update();
        return this;
    }

    AnalyticsTables factors(UUID artist, float... factors) {
        jdbc.sql("INSERT INTO analytics.artist_factors (artist_mbid, factors) VALUES (:artist, :factors)")
                .param("artist", artist).param("factors", new PGvector(factors)).update();
        return this;
    }

    AnalyticsTables listens(String username, String path, double lifetime, double last30, Double recencyScore) {
        jdbc.sql("""
                INSERT INTO analytics.file_listen_counts
                  (username, filepath, lifetime_listen_count, last30_listen_count, recency_score)
                VALUES (:username, :path, :lifetime, :last30, :recency)
                """).param("username", username).param("path", path).param("lifetime", lifetime)
                .param("last30", last30).param("recency", recencyScore).update();
        return this;
    }

    /** An MBID of kind {@code entity} ("recording", "release", "release-group", "artist") mapped to files. */
    AnalyticsTables mbid(UUID mbid, String entity, String... paths) {
        jdbc.sql("INSERT INTO analytics.mbids (mbid, entity) VALUES (:mbid, :entity)").param("mbid", mbid)
                .param("entity", entity).update();
        String kind = entity.replace('-', '_');
        for (String path : paths) {
            jdbc.sql("INSERT INTO analytics.map__file_%s (filepath, %s_mbid) VALUES (:path, :mbid)"
                    .formatted(kind, kind)).param("path", path).param("mbid", mbid).update();
        }
        return this;
    }

    /** Records a model publish, as the model runner does after a build. */
    AnalyticsTables published() {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS analytics_meta").update();
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS analytics_meta.published_builds (
                  build_id BIGSERIAL PRIMARY KEY, published_at TIMESTAMPTZ DEFAULT now(), models TEXT[])
                """).update();
        jdbc.sql("INSERT INTO analytics_meta.published_builds (models) VALUES ('{local_files}')").update();
        return this;
    }
}
