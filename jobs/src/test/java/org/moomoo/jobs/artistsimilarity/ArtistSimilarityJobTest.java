package org.moomoo.jobs.artistsimilarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.launcher.JobControl.UsageException;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code update-artist-similarity-matrix} on dump counts written straight into the raw tables. */
@JobTest
class ArtistSimilarityJobTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    private DumpRows dumps;

    private static UUID artist(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    @BeforeEach
    void emptyTables() {
        dumps = new DumpRows(jdbc).clear();
    }

    private Outcome run(String... arguments) throws SQLException {
        return jobs.run("update-artist-similarity-matrix", List.of(arguments));
    }

    private List<String> storedArtists() {
        return jdbc.sql("SELECT artist_mbid::text FROM raw.listenbrainz_artist_factors ORDER BY artist_mbid")
                .query(String.class)
                .list();
    }

    private Map<String, Object> vectors() {
        return jdbc
                .sql("SELECT artist_mbid::text AS artist, factors::text AS factors"
                        + " FROM raw.listenbrainz_artist_factors ORDER BY artist_mbid")
                .query()
                .listOfRows()
                .stream()
                .collect(Collectors.toMap(row -> (String) row.get("artist"), row -> row.get("factors")));
    }

    private double cosine(UUID a, UUID b) {
        return jdbc.sql("""
                SELECT 1 - (x.factors <=> y.factors) FROM raw.listenbrainz_artist_factors x, raw.listenbrainz_artist_factors y
                WHERE x.artist_mbid = :a AND y.artist_mbid = :b
                """).param("a", a).param("b", b).query(Double.class).single();
    }

    @Test
    void storesA64FactorVectorForEveryArtistWithFourListenersInTheLastYear() throws SQLException {
        dumps.dump("recent", 3).dump("older", 200).dump("too-old", 400);
        dumps.group("recent", 1, 4, artist(1), artist(2));
        // Four listeners only when both recent dumps count.
        dumps.group("recent", 1, 2, artist(3)).group("older", 3, 2, artist(3));
        // Three listeners in the window; the fourth and fifth listened more than a year ago.
        dumps.group("recent", 1, 3, artist(4)).group("too-old", 10, 2, artist(4));

        Outcome outcome = run();

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(storedArtists())
                .containsExactly(
                        artist(1).toString(), artist(2).toString(), artist(3).toString());
        assertThat(jdbc.sql("SELECT DISTINCT vector_dims(factors) FROM raw.listenbrainz_artist_factors")
                        .query(Integer.class)
                        .list())
                .containsExactly(64);
        assertThat(outcome.execution().steps().get(0).written()).isEqualTo(3);
    }

    @Test
    void leavesTheListenersOwnCountsOut() throws SQLException {
        dumps.dump("recent", 1);
        dumps.group("recent", 1, 4, artist(1));
        dumps.group("recent", 1, 3, artist(2)).count("recent", 4242, artist(2), 30);

        assertThat(run().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(storedArtists())
                .containsExactly(artist(1).toString(), artist(2).toString());

        assertThat(run("own-user-id=4242").exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(storedArtists()).containsExactly(artist(1).toString());
    }

    @Test
    void artistsOfOneTasteGroupGetAlikeFactorsAndArtistsOfTwoDoNot() throws SQLException {
        dumps.dump("recent", 1);
        dumps.group("recent", 1, 40, artist(1), artist(2), artist(3));
        dumps.group("recent", 101, 40, artist(4), artist(5), artist(6));

        assertThat(run().exitCode()).isEqualTo(ExitCodes.COMPLETED);

        for (int a = 1; a <= 6; a++) {
            for (int b = a + 1; b <= 6; b++) {
                double cosine = cosine(artist(a), artist(b));
                if ((a - 1) / 3 == (b - 1) / 3) {
                    assertThat(cosine)
                            .as("artists %d and %d of one group", a, b)
                            .isGreaterThan(0.9);
                } else {
                    assertThat(cosine)
                            .as("artists %d and %d of two groups", a, b)
                            .isLessThan(0.1);
                }
            }
        }
    }

    @Test
    void runningAgainStoresTheSameVectorsInPlaceOfTheOldOnes() throws SQLException {
        dumps.dump("recent", 1);
        dumps.group("recent", 1, 6, artist(1), artist(2)).group("recent", 4, 8, artist(3));
        jdbc.sql("INSERT INTO raw.listenbrainz_artist_factors (artist_mbid, factors) VALUES (:a, '[1,2,3]')")
                .param("a", artist(99))
                .update();

        assertThat(run().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        Map<String, Object> first = vectors();
        assertThat(run().exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(first).doesNotContainKey(artist(99).toString()).hasSize(3);
        assertThat(vectors()).isEqualTo(first);
    }

    @Test
    void withoutEnoughListenersTheStoredFactorsStayAsTheyAre() throws SQLException {
        dumps.dump("recent", 1);
        dumps.group("recent", 1, 3, artist(1), artist(2));
        jdbc.sql("INSERT INTO raw.listenbrainz_artist_factors (artist_mbid, factors) VALUES (:a, '[1,2,3]')")
                .param("a", artist(99))
                .update();

        Outcome outcome = run();

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(storedArtists()).containsExactly(artist(99).toString());
    }

    @Test
    void aBadUserIdIsRefusedBeforeTheJobStarts() {
        assertThatThrownBy(() -> run("own-user-id=me"))
                .isInstanceOf(UsageException.class)
                .hasMessage("own-user-id=me: expected a whole number of at least 1");
    }
}
