package org.moomoo.playlist.smartmix;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.similarity.CfMultiplier;
import org.moomoo.playlist.similarity.VectorText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Collaborative-filtering similarity between the pool's artists (spec/playlists-http-client.md 6.8
 * step 5): the cosine of two artists' factor vectors, 1 for an artist with itself, and
 * {@link CfMultiplier#BASELINE} (neutral) where an artist has no factors. Artists are identities
 * ({@code local_files.artist_key}, DESIGN 9.19): an MBID's text, which may have factors, or a
 * normalised name or folder, which never has.
 */
public final class ArtistSimilarity {

    private static final Logger log = LoggerFactory.getLogger(ArtistSimilarity.class);

    private final Map<String, Integer> index;
    private final double[][] scores;

    private ArtistSimilarity(Map<String, Integer> index, double[][] scores) {
        this.index = index;
        this.scores = scores;
    }

    /** Reads the factors of {@code artists} from the analytic artist_factors table. */
    public static ArtistSimilarity read(
            JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry, List<String> artists) {
        Map<String, float[]> factors = new HashMap<>();
        if (!artists.isEmpty()) {
            retry.read(() -> jdbc.sql("SELECT artist_mbid::text AS artist, factors::text AS factors FROM "
                                    + schema.table("artist_factors") + " WHERE artist_mbid::text IN (:artists)")
                            .param("artists", artists)
                            .query((rs, i) ->
                                    Map.entry(rs.getString("artist"), VectorText.parse(rs.getString("factors"))))
                            .list())
                    .forEach(entry -> factors.put(entry.getKey(), entry.getValue()));
        }
        if (factors.isEmpty()) {
            log.info("No collaborative filtering data found; using baseline only.");
        }
        return of(artists, factors);
    }

    /** The similarity matrix of {@code artists} (distinct, in this order) from their factors. */
    static ArtistSimilarity of(List<String> artists, Map<String, float[]> factors) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String artist : artists) {
            index.putIfAbsent(artist, index.size());
        }
        List<String> distinct = List.copyOf(index.keySet());
        double[][] scores = new double[distinct.size()][distinct.size()];
        for (int a = 0; a < distinct.size(); a++) {
            scores[a][a] = 1.0;
            for (int b = a + 1; b < distinct.size(); b++) {
                float[] fa = factors.get(distinct.get(a));
                float[] fb = factors.get(distinct.get(b));
                double score = fa == null || fb == null ? CfMultiplier.BASELINE : cosine(fa, fb);
                scores[a][b] = score;
                scores[b][a] = score;
            }
        }
        return new ArtistSimilarity(index, scores);
    }

    /** The similarity of two of the matrix's artists. */
    public double score(String a, String b) {
        return scores[index.get(a)][index.get(b)];
    }

    /** Number of artists. */
    public int size() {
        return scores.length;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        // A zero vector says nothing about the artist: neutral, as if it had no factors.
        return normA == 0 || normB == 0 ? CfMultiplier.BASELINE : dot / Math.sqrt(normA * normB);
    }
}
