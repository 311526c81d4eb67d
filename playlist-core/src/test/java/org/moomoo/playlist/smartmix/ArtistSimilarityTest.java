package org.moomoo.playlist.smartmix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.similarity.CfMultiplier;

class ArtistSimilarityTest {

    private static final String A = PoolTracks.artist(1);
    private static final String B = PoolTracks.artist(2);
    private static final String UNKNOWN = PoolTracks.artist(3);
    private static final double BASELINE = CfMultiplier.BASELINE;

    // cos 60° = 0.5
    private static final Map<String, float[]> FACTORS =
            Map.of(A, new float[] {1, 0}, B, new float[] {0.5f, (float) Math.sqrt(0.75)});

    @Test
    void scoresArePairCosinesWithOnesOnTheDiagonal() {
        ArtistSimilarity similarity = ArtistSimilarity.of(List.of(A, B), FACTORS);

        assertThat(similarity.score(A, A)).isEqualTo(1.0);
        assertThat(similarity.score(B, B)).isEqualTo(1.0);
        assertThat(similarity.score(A, B)).isCloseTo(0.5, within(1e-6));
        assertThat(similarity.score(B, A)).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void anArtistListedTwiceIsOneRowOfTheMatrix() {
        assertThat(ArtistSimilarity.of(List.of(A, B, A, B), FACTORS).size()).isEqualTo(2);
    }

    @Test
    void noArtistsGiveAnEmptyMatrix() {
        assertThat(ArtistSimilarity.of(List.of(), FACTORS).size()).isZero();
    }

    @Test
    void artistsWithoutFactorsScoreTheBaseline() {
        ArtistSimilarity similarity = ArtistSimilarity.of(List.of(A, UNKNOWN), Map.of());

        assertThat(similarity.score(A, UNKNOWN)).isEqualTo(BASELINE);
        assertThat(similarity.score(UNKNOWN, UNKNOWN)).isEqualTo(1.0);
    }

    @Test
    void anUnknownArtistBesideKnownOnesScoresTheBaselineWithEveryOther() {
        ArtistSimilarity similarity = ArtistSimilarity.of(List.of(A, B, UNKNOWN), FACTORS);

        assertThat(similarity.score(A, UNKNOWN)).isEqualTo(BASELINE);
        assertThat(similarity.score(B, UNKNOWN)).isEqualTo(BASELINE);
        assertThat(similarity.score(UNKNOWN, UNKNOWN)).isEqualTo(1.0);
        assertThat(similarity.score(A, B)).isCloseTo(0.5, within(1e-6));
    }
}
