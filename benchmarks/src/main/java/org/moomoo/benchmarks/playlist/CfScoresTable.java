package org.moomoo.benchmarks.playlist;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The original's table of artist-pair scores for the SQL yardstick, computed from the factors with
 * pgvector: the cosine similarity of two artists' factors, 1 on the diagonal. A full table of 5,000
 * artists is 25 million rows; the query only reads pairs whose first artist is a seed's, so the
 * benchmark stores the rows of its seeds' artists with every artist (the same rows the query would
 * find in the full table), indexed on the pair as the original's was.
 */
final class CfScoresTable {

    private CfScoresTable() {}

    static void create(JdbcClient jdbc, List<String> seedPaths) {
        jdbc.sql("DROP TABLE IF EXISTS analytics.listenbrainz_collaborative_filtering_scores")
                .update();
        jdbc.sql("""
                CREATE TABLE analytics.listenbrainz_collaborative_filtering_scores AS
                SELECT a.artist_mbid AS artist_mbid_a, b.artist_mbid AS artist_mbid_b,
                       CASE WHEN a.artist_mbid = b.artist_mbid THEN 1.0 ELSE 1 - (a.factors <=> b.factors) END
                         AS score_value
                FROM analytics.artist_factors a CROSS JOIN analytics.artist_factors b
                WHERE a.artist_mbid IN (SELECT lf.artist_mbid FROM analytics.local_files lf
                                        WHERE lf.filepath = ANY(:paths))
                """).param("paths", seedPaths.toArray(String[]::new)).update();
        jdbc.sql("""
                CREATE UNIQUE INDEX ix_cf_scores_pair
                ON analytics.listenbrainz_collaborative_filtering_scores (artist_mbid_a, artist_mbid_b)
                """).update();
        jdbc.sql("ANALYZE analytics.listenbrainz_collaborative_filtering_scores")
                .update();
    }
}
