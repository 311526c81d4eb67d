package org.moomoo.jobs.artistsimilarity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code raw.listenbrainz_artist_factors}: one factor vector per artist (migration V5), read by the
 * playlist engine through the {@code artist_factors} model.
 */
final class ArtistFactorsTable {

    // Rows per multi-row INSERT: 64 floats a row, so a statement stays well under a megabyte.
    private static final int ROWS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;

    ArtistFactorsTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces every stored vector with {@code model}'s item vectors, artist {@code artists.get(i)}
     * getting item {@code i}'s. Runs in the caller's transaction, so readers see the old set or the
     * new one, never a mix.
     *
     * @return how many vectors were stored
     */
    int replace(List<String> artists, AlsModel model) {
        jdbc.sql("DELETE FROM raw.listenbrainz_artist_factors").update();
        for (int from = 0; from < artists.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(artists.size(), from + ROWS_PER_STATEMENT);
            StringBuilder sql =
                    new StringBuilder("INSERT INTO raw.listenbrainz_artist_factors (artist_mbid, factors) VALUES ");
            List<Object> parameters = new ArrayList<>();
            for (int i = from; i < to; i++) {
                sql.append(i == from ? "" : ", ").append("(CAST(? AS uuid), CAST(? AS public.vector))");
                parameters.add(artists.get(i));
                parameters.add(vectorText(model.item(i)));
            }
            jdbc.sql(sql.toString()).params(parameters).update();
        }
        return artists.size();
    }

    /** pgvector's text form, {@code [0.1,-2.5E-4,...]}; Float.toString round-trips every float. */
    static String vectorText(float[] vector) {
        StringBuilder text = new StringBuilder(vector.length * 12).append('[');
        for (int k = 0; k < vector.length; k++) {
            text.append(k == 0 ? "" : ",").append(vector[k]);
        }
        return text.append(']').toString();
    }
}
