package org.moomoo.models.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.database.DatabaseUri;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fixtures' tables are the published models': the template matches a build by today's runner
 * (templates are reused across builds and named after the model files only, so a changed runner
 * could otherwise leave tests on an old shape), and every fixture row reads back as written.
 */
class AnalyticRowsTest {

    @RegisterExtension
    static final FreshDatabaseExtension DATABASE = new FreshDatabaseExtension(AnalyticSchema.RECIPE);

    private static final String CATALOG = """
            SELECT format('%s %s %s %s %s%s', c.relname, c.relkind, a.attnum, a.attname,
                          format_type(a.atttypid, a.atttypmod), CASE WHEN a.attnotnull THEN ' not null' END)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname = 'analytics' AND c.relkind IN ('r', 'v', 'm', 'p')
            ORDER BY c.relname, a.attnum
            """;

    private AnalyticRows rows;

    @BeforeEach
    void emptyTables(JdbcClient jdbc) {
        rows = new AnalyticRows(jdbc).clear();
    }

    @Test
    void theTemplateHasTheColumnsTodaysModelsPublish(JdbcClient jdbc) throws Exception {
        String name = TestDatabases.createFresh();
        try {
            DatabaseUri today = TestDatabases.server().withDatabase(name);
            AnalyticSchema.build(today);
            DataSource dataSource = TestDatabases.dataSource(today);

            List<String> published = JdbcClient.create(dataSource)
                    .sql(CATALOG)
                    .query(String.class)
                    .list();

            assertThat(jdbc.sql(CATALOG).query(String.class).list())
                    .as("the template database differs from what the models build now; drop the moomoo_tpl_* "
                            + "databases so that the next test run builds it again")
                    .isNotEmpty()
                    .isEqualTo(published);
        } finally {
            TestDatabases.drop(name);
        }
    }

    @Test
    void anEmbeddedFileReadsBackAsWritten(JdbcClient jdbc) {
        UUID artist = new UUID(1, 1);
        UUID albumArtist = new UUID(1, 2);

        rows.embeddedFile("a.flac", artist, albumArtist, 59.9, 3, 4);

        Map<String, Object> row = jdbc.sql("""
                SELECT recording_mbid, artist_mbid, album_artist_mbid, artist_key, album_artist_key,
                       track_length_seconds, embedding::text, vector_dims(embedding) AS dims, embedding_success,
                       embedding_duration_seconds
                FROM analytics.local_files
                """).query().singleRow();
        assertThat(row)
                .containsEntry("recording_mbid", AnalyticRows.recording("a.flac"))
                .containsEntry("artist_mbid", artist)
                .containsEntry("album_artist_mbid", albumArtist)
                .containsEntry("artist_key", artist.toString())
                .containsEntry("album_artist_key", albumArtist.toString())
                .containsEntry("track_length_seconds", 200.9f)
                .containsEntry("embedding_success", true)
                .containsEntry("embedding_duration_seconds", 59.9);
        assertThat((String) row.get("embedding")).startsWith("[3,4,0,");
        assertThat(rows.columns("local_files").get("embedding")).isEqualTo("vector(" + row.get("dims") + ")");
    }

    @Test
    void filesWithoutEmbeddingReadBackAsWritten(JdbcClient jdbc) {
        UUID group = new UUID(2, 1);
        UUID artist = new UUID(2, 2);

        rows.unembeddedFile("never.flac", 180.5).taggedFile("tagged.flac", group, artist, null);

        assertThat(jdbc.sql("""
                SELECT filepath, recording_mbid, release_mbid IS NOT NULL, release_group_mbid, artist_mbid,
                       track_length_seconds, embedding IS NULL
                FROM analytics.local_files ORDER BY filepath
                """)
                        .query((rs, i) -> List.of(
                                rs.getString(1),
                                String.valueOf(rs.getObject(2)),
                                rs.getBoolean(3),
                                String.valueOf(rs.getObject(4)),
                                String.valueOf(rs.getObject(5)),
                                rs.getFloat(6),
                                rs.getBoolean(7)))
                        .list())
                .containsExactly(
                        List.of("never.flac", "null", false, "null", "null", 180.5f, true),
                        List.of(
                                "tagged.flac",
                                AnalyticRows.recording("tagged.flac").toString(),
                                true,
                                group.toString(),
                                artist.toString(),
                                180.5f,
                                true));
    }

    @Test
    void listensLovesFactorsAndMbidsReadBackAsWritten(JdbcClient jdbc) {
        UUID artist = new UUID(3, 1);

        rows.listens("ada", "a.flac", 3, 1, 0.25)
                .love("ada", "a.flac", "2024-01-02T03:04:05Z")
                .factors(artist, 1, 2)
                .mbid(artist, "artist", "a.flac");

        assertThat(jdbc.sql("""
                SELECT lifetime_listen_count, last30_listen_count, recency_score::float8 FROM analytics.file_listen_counts
                """)
                        .query((rs, i) -> List.of(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)))
                        .single())
                .containsExactly(3.0, 1.0, 0.25);
        assertThat(jdbc.sql("SELECT extract(epoch FROM love_at)::bigint FROM analytics.loved_tracks")
                        .query(Long.class)
                        .single())
                .isEqualTo(1704164645L);
        assertThat(jdbc.sql("SELECT factors::text FROM analytics.artist_factors")
                        .query(String.class)
                        .single())
                .isEqualTo("[1,2]");
        assertThat(jdbc.sql("SELECT m.entity || ' ' || f.filepath FROM analytics.mbids m"
                                + " JOIN analytics.map__file_artist f ON f.artist_mbid = m.mbid")
                        .query(String.class)
                        .single())
                .isEqualTo("artist a.flac");
    }

    @Test
    void aPublishGrowsTheBuildId(JdbcClient jdbc) {
        long before = jdbc.sql("SELECT coalesce(max(build_id), 0) FROM " + AnalyticRows.PUBLISHED_BUILDS)
                .query(Long.class)
                .single();

        rows.published();

        assertThat(jdbc.sql("SELECT max(build_id) FROM " + AnalyticRows.PUBLISHED_BUILDS)
                        .query(Long.class)
                        .single())
                .isGreaterThan(before);
    }

    @Test
    void aColumnTheModelDoesNotPublishIsAnErrorNamingIt() {
        assertThatThrownBy(() ->
                        rows.into("local_files").set("embedding_seconds", 1.0).insert())
                .hasMessageStartingWith(
                        "analytics.local_files as the models publish it has no column embedding_seconds");
        assertThatThrownBy(() -> rows.into("local_file").set("filepath", "a").insert())
                .hasMessageStartingWith("no model publishes analytics.local_file");
    }

    @Test
    void hiddenTablesAndColumnsComeBackOnClear(JdbcClient jdbc) {
        rows.hide("analytics.loved_tracks").hide(AnalyticRows.PUBLISHED_BUILDS).hideColumn("local_files", "artist_key");
        assertThat(exists(jdbc, "analytics.loved_tracks")).isFalse();
        assertThat(exists(jdbc, AnalyticRows.PUBLISHED_BUILDS)).isFalse();

        rows.clear();

        assertThat(exists(jdbc, "analytics.loved_tracks")).isTrue();
        assertThat(exists(jdbc, AnalyticRows.PUBLISHED_BUILDS)).isTrue();
        assertThat(rows.columns("local_files")).containsKey("artist_key");
    }

    private static boolean exists(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT to_regclass(:table) IS NOT NULL")
                .param("table", table)
                .query(Boolean.class)
                .single();
    }
}
