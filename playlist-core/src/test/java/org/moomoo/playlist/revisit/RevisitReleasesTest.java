package org.moomoo.playlist.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RevisitReleasesTest {

    private static ReleaseCandidate release(String artist, String title, double score) {
        return new ReleaseCandidate(UUID.nameUUIDFromBytes((artist + title).getBytes()), title, artist, score, 10, 1);
    }

    private static final List<ReleaseCandidate> TEN = IntStream.range(0, 10)
            .mapToObj(i -> release("Artist " + (9 - i), "Album " + i, i))
            .toList();

    @Test
    void choosesCountReleasesWhenThereAreMore() {
        List<ReleaseCandidate> chosen = RevisitReleases.choose(TEN, 5, new SplittableRandom(1));

        assertThat(chosen).hasSize(5).doesNotHaveDuplicates().isSubsetOf(TEN);
    }

    @Test
    void keepsEveryReleaseWhenThereAreNoMoreThanCount() {
        assertThat(RevisitReleases.choose(TEN, 15, new SplittableRandom(1))).hasSize(10);
    }

    @Test
    void ordersByArtistThenTitle() {
        List<ReleaseCandidate> releases = List.of(release("B", "x", 1), release("A", "z", 2), release("A", "y", 3));

        List<ReleaseCandidate> chosen = RevisitReleases.choose(releases, 5, new SplittableRandom(1));

        assertThat(chosen).extracting(ReleaseCandidate::releaseGroupTitle).containsExactly("y", "z", "x");
    }

    // DESIGN 9.1: e^score, so a score higher by ln 9 is drawn nine times as often.
    @Test
    void drawsAHigherScoreProportionallyMoreOften() {
        List<ReleaseCandidate> releases = List.of(release("A", "weak", 0.0), release("B", "strong", Math.log(9)));
        SplittableRandom random = new SplittableRandom(7);
        int draws = 10_000;

        long strong = IntStream.range(0, draws)
                .filter(i -> RevisitReleases.choose(releases, 1, random)
                        .get(0)
                        .releaseGroupTitle()
                        .equals("strong"))
                .count();

        assertThat(strong / (double) draws).isBetween(0.88, 0.92);
    }

    // e^(score - max) underflows to zero for scores far below the best: those still fill the count.
    @Test
    void releasesFarBelowTheBestAreStillDrawnToFillTheCount() {
        List<ReleaseCandidate> releases = List.of(
                release("A", "best", 2000),
                release("B", "far", 0),
                release("C", "farther", -5),
                release("D", "farthest", -10));

        assertThat(RevisitReleases.choose(releases, 3, new SplittableRandom(1)))
                .hasSize(3)
                .doesNotHaveDuplicates()
                .extracting(ReleaseCandidate::releaseGroupTitle)
                .contains("best");
    }
}
