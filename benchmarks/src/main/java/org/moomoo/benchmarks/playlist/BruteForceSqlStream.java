package org.moomoo.benchmarks.playlist;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.moomoo.playlist.similarity.Candidate;
import org.moomoo.playlist.similarity.CfMultiplier;
import org.moomoo.playlist.similarity.StreamRequest;
import org.moomoo.playlist.similarity.TrackStream;
import org.moomoo.playlist.track.Track;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The original's similarity stream: one SQL query pairing every seed with every embedded file
 * ({@code <->}), joined to the table of collaborative-filtering scores, grouped per candidate and
 * sorted in full. The benchmark's yardstick, both for speed and for the answer.
 */
final class BruteForceSqlStream implements TrackStream {

    private static final String QUERY = """
            WITH seeds AS (
              SELECT lf.filepath, lf.embedding, lf.artist_mbid, w.weight
              FROM unnest(CAST(:paths AS text[]), CAST(:weights AS float8[])) AS w(filepath, weight)
              JOIN analytics.local_files lf ON lf.filepath = w.filepath
              WHERE w.weight > 0 AND lf.embedding_success AND lf.embedding_duration_seconds >= 60
            ), candidates AS (
              SELECT lf.filepath, lf.embedding, lf.artist_mbid, lf.album_artist_mbid, lf.recording_mbid,
                     lf.release_mbid, lf.release_group_mbid, lf.track_length_seconds, lf.artist_key, lf.album_artist_key
              FROM analytics.local_files lf
              WHERE lf.embedding_success AND lf.embedding_duration_seconds >= 60
                AND lf.filepath <> ALL(CAST(:positive AS text[]))
            ), pairs AS (
              SELECT c.filepath, s.weight, c.embedding <-> s.embedding AS distance,
                     coalesce(exp((cf.score_value - :baseline) * :scalar), 1) AS multiplier
              FROM candidates c CROSS JOIN seeds s
              LEFT JOIN analytics.listenbrainz_collaborative_filtering_scores cf
                ON cf.artist_mbid_a = s.artist_mbid AND cf.artist_mbid_b = c.artist_mbid
            ), scored AS (
              SELECT filepath, sum(weight * distance / multiplier) / sum(weight) AS distance
              FROM pairs GROUP BY filepath HAVING min(distance) > :threshold
            )
            SELECT c.filepath, c.recording_mbid, c.release_mbid, c.release_group_mbid, c.artist_mbid,
                   coalesce(c.album_artist_mbid, c.artist_mbid), floor(c.track_length_seconds)::int, s.distance,
                   c.artist_key, c.album_artist_key
            FROM scored s JOIN candidates c USING (filepath)
            ORDER BY s.distance, md5(s.filepath)
            LIMIT :limit
            """;

    private final JdbcClient jdbc;
    private final double threshold;

    BruteForceSqlStream(JdbcClient jdbc, double threshold) {
        this.jdbc = jdbc;
        this.threshold = threshold;
    }

    @Override
    public Iterator<Candidate> candidates(StreamRequest request) {
        if (request.predicateWeights() != null && !request.predicateWeights().isEmpty()) {
            throw new IllegalArgumentException("the benchmark's SQL stream has no predicate weights");
        }
        Double[] weights = new Double[request.seeds().size()];
        List<String> positive = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            weights[i] = request.weight(i);
            if (weights[i] > 0) {
                positive.add(request.seeds().get(i));
            }
        }
        return jdbc.sql(QUERY)
                .param("paths", request.seeds().toArray(String[]::new))
                .param("weights", weights)
                .param("positive", positive.toArray(String[]::new))
                .param("baseline", CfMultiplier.BASELINE)
                .param("scalar", CfMultiplier.SCALAR)
                .param("threshold", threshold)
                .param("limit", request.limit() == null ? Integer.MAX_VALUE : request.limit())
                .query((rs, i) -> new Candidate(
                        new Track(
                                rs.getString(1),
                                rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class),
                                rs.getObject(4, UUID.class),
                                rs.getObject(5, UUID.class),
                                rs.getObject(6, UUID.class),
                                (Integer) rs.getObject(7),
                                rs.getDouble(8),
                                false),
                        rs.getString(9),
                        rs.getString(10)))
                .list()
                .iterator();
    }
}
