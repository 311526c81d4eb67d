package org.moomoo.jobs.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

@JobTest
class MigrationsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRawTableOfTheSpecExists() {
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'raw'
                AND table_name <> 'flyway_schema_history' ORDER BY table_name
                """).query(String.class).list();

        assertThat(tables)
                .containsExactly(
                        "annotation_queue_log",
                        "conditioner_models",
                        "listenbrainz_artist_factors",
                        "listenbrainz_artist_stats",
                        "listenbrainz_collaborative_filtering_scores",
                        "listenbrainz_data_dump_failures",
                        "listenbrainz_data_dump_records",
                        "listenbrainz_data_dumps",
                        "listenbrainz_listens",
                        "listenbrainz_similar_user_activity",
                        "listenbrainz_user_feedback",
                        "local_music_embeddings",
                        "local_music_files",
                        "local_music_files_birth_timestamps",
                        "local_music_files_exclude_regex",
                        "local_music_library",
                        "messybrainz_name_map",
                        "moomoo_evaluation_scores",
                        "moomoo_evaluations",
                        "moomoo_playlist_collection_items",
                        "moomoo_playlist_collections",
                        "moomoo_playlist_tracks",
                        "musicbrainz_annotations",
                        "musicbrainz_data_dump_records",
                        "musicbrainz_data_dumps");
    }

    @Test
    void secondaryIndexesKeepTheOriginalNames() {
        List<String> indexes = jdbc.sql("""
                SELECT indexname FROM pg_indexes WHERE schemaname = 'raw' AND tablename = 'listenbrainz_listens'
                ORDER BY indexname
                """).query(String.class).list();

        assertThat(indexes)
                .containsExactly(
                        "ix_listenbrainz_listens_insert_ts_utc",
                        "ix_listenbrainz_listens_username",
                        "listenbrainz_listens_pkey");
    }

    @Test
    void uniqueConstraintsOfTheDumpTablesHold() {
        // given: one record of a ListenBrainz dump and one of a MusicBrainz dump
        jdbc.sql("""
                INSERT INTO raw.listenbrainz_data_dumps (slug, ftp_path, ftp_modify_ts, date, start_timestamp, end_timestamp)
                VALUES ('d1', '/a', now(), current_date, now(), now())
                """).update();
        String listenBrainzRecord = "INSERT INTO raw.listenbrainz_data_dump_records (slug, user_id, artist_mbid, "
                + "listen_count) VALUES ('d1', 1, '00000000-0000-0000-0000-000000000001', :count)";
        jdbc.sql(listenBrainzRecord).param("count", 3).update();
        jdbc.sql("""
                INSERT INTO raw.musicbrainz_data_dumps (slug, packet_number, entity, dump_timestamp)
                VALUES ('m1', 1, 'artist', now())
                """).update();
        String musicBrainzRecord = "INSERT INTO raw.musicbrainz_data_dump_records (slug, mbid, json_data) "
                + "VALUES ('m1', '00000000-0000-0000-0000-000000000002', CAST(:json AS jsonb))";
        jdbc.sql(musicBrainzRecord).param("json", "{}").update();

        // when / then: a second record with the same key is refused, whatever its other columns
        assertThatThrownBy(() -> jdbc.sql(listenBrainzRecord).param("count", 4).update())
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.sql(musicBrainzRecord)
                        .param("json", "{\"name\": \"other\"}")
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
        Integer duplicates = jdbc.sql("""
                SELECT count(*) FROM pg_constraint WHERE conrelid = 'raw.listenbrainz_data_dump_records'::regclass
                AND contype = 'u'
                """).query(Integer.class).single();
        assertThat(duplicates).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM raw.listenbrainz_data_dump_records")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM raw.musicbrainz_data_dump_records")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void embeddingsStoreVectorsOfAnyDimensionAndFiftyConditioned() {
        jdbc.sql("""
                INSERT INTO raw.local_music_embeddings (filepath, embedder, success, embedding, conditioned_embedding)
                VALUES ('a.mp3', 'sonic-v1', true, '[1,2,3]', array_fill(0.5, ARRAY[50])::real[]::vector)
                """).update();

        String raw = jdbc.sql("SELECT embedding::text FROM raw.local_music_embeddings")
                .query(String.class)
                .single();
        assertThat(raw).isEqualTo("[1,2,3]");
    }

    @Test
    void springBatchMetadataLivesInSchemaBatch() {
        List<String> tables = jdbc.sql("""
                SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = 'batch' ORDER BY 1
                """).query(String.class).list();

        assertThat(tables)
                .containsExactly(
                        "batch_job_execution",
                        "batch_job_execution_context",
                        "batch_job_execution_params",
                        "batch_job_instance",
                        "batch_step_execution",
                        "batch_step_execution_context");
    }
}
