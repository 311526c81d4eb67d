package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.track.Reason;

/**
 * The reason the engine gives each track, checked against the computation written out by hand: the
 * nearest seed, its distance, the CF multiplier of that pair from the artists' factors, the seed's
 * share of the weight and the candidate's predicate weight. {@link SimilarityEngineMatchesReferenceTest} checks
 * the same facts on random libraries against {@link ReferenceStream}'s brute force.
 */
class SimilarityReasonsTest {

    private static final UUID ROCK = UUID.randomUUID();
    private static final UUID JAZZ = UUID.randomUUID();
    private static final UUID POP = UUID.randomUUID();

    /** Seeds at (0,0) by ROCK and (10,0) by JAZZ; candidates between and around them. */
    private static LibrarySnapshot library() {
        return new TestLibrary()
                .threshold(0)
                .file("seed/rock", ROCK, null, 0, 0)
                .file("seed/jazz", JAZZ, null, 10, 0)
                .file("near/rock", POP, null, 1, 1)
                .file("near/jazz", POP, null, 8, 0)
                .file("far", ROCK, null, 5, 7)
                .factors(ROCK, 1, 0)
                .factors(JAZZ, 0, 1)
                .factors(POP, 3, 4)
                .build();
    }

    private static List<Reason.Similar> reasons(LibrarySnapshot library, StreamRequest request) {
        List<Reason.Similar> reasons = new ArrayList<>();
        new SimilarityEngine(() -> library)
                .candidates(request)
                .forEachRemaining(c -> reasons.add((Reason.Similar) c.track().reason()));
        return reasons;
    }

    private static Reason.Similar reasonOf(LibrarySnapshot library, StreamRequest request, String path) {
        var candidates = new SimilarityEngine(() -> library).candidates(request);
        while (candidates.hasNext()) {
            Candidate candidate = candidates.next();
            if (candidate.track().filepath().equals(path)) {
                return (Reason.Similar) candidate.track().reason();
            }
        }
        throw new AssertionError(path + " was not streamed");
    }

    @Test
    void everyStreamedTrackHasASimilarityReason() {
        LibrarySnapshot library = library();

        assertThat(reasons(library, StreamRequest.of(List.of("seed/rock", "seed/jazz"))))
                .hasSize(3)
                .allSatisfy(reason -> assertThat(reason).isNotNull());
    }

    @Test
    void theNearestSeedAndItsDistanceAreTheSmallestOfTheTrack() {
        LibrarySnapshot library = library();
        StreamRequest request = StreamRequest.of(List.of("seed/rock", "seed/jazz"));

        Reason.Similar nearRock = reasonOf(library, request, "near/rock");
        Reason.Similar nearJazz = reasonOf(library, request, "near/jazz");
        Reason.Similar far = reasonOf(library, request, "far");

        assertThat(nearRock.nearestSeed()).isEqualTo("seed/rock");
        assertThat(nearRock.seedDistance()).isEqualTo(Math.sqrt(2));
        assertThat(nearJazz.nearestSeed()).isEqualTo("seed/jazz");
        assertThat(nearJazz.seedDistance()).isEqualTo(2.0);
        // (5,7) is sqrt(74) from both seeds: the first seed of the request wins the tie.
        assertThat(far.nearestSeed()).isEqualTo("seed/rock");
        assertThat(far.seedDistance()).isEqualTo(Math.sqrt(74));
    }

    @Test
    void theCfFactorIsTheMultiplierOfTheNearestSeedsArtistAndTheTracks() {
        LibrarySnapshot library = library();
        StreamRequest request = StreamRequest.of(List.of("seed/rock", "seed/jazz"));

        // ROCK (1,0) and POP (3,4): cosine 0.6; JAZZ (0,1) and POP: cosine 0.8; ROCK and ROCK: 1.
        assertThat(reasonOf(library, request, "near/rock").cfFactor()).isCloseTo(CfMultiplier.of(0.6), within(1e-12));
        assertThat(reasonOf(library, request, "near/jazz").cfFactor()).isCloseTo(CfMultiplier.of(0.8), within(1e-12));
        assertThat(reasonOf(library, request, "far").cfFactor()).isEqualTo(CfMultiplier.of(1.0));
    }

    @Test
    void anArtistWithoutFactorsIsNeutral() {
        LibrarySnapshot library = new TestLibrary()
                .threshold(0)
                .file("seed", 0, 0)
                .file("other", 3, 4)
                .build();

        Reason.Similar reason = reasonOf(library, StreamRequest.of(List.of("seed")), "other");

        assertThat(reason.cfFactor()).isEqualTo(1.0);
        assertThat(reason.seedDistance()).isEqualTo(5.0);
    }

    @Test
    void theSeedsWeightAndTheTracksPredicateWeightAreTheOnesThatMovedIt() {
        LibrarySnapshot library = library();
        StreamRequest request = new StreamRequest(
                List.of("seed/rock", "seed/jazz"), List.of(2.5, 0.5), Map.of("near/jazz", 0.25), null);

        Reason.Similar nearJazz = reasonOf(library, request, "near/jazz");
        Reason.Similar nearRock = reasonOf(library, request, "near/rock");

        assertThat(nearJazz.seedShare()).isEqualTo(0.5 / 3.0);
        assertThat(nearJazz.predicateWeight()).isEqualTo(0.25);
        assertThat(nearRock.seedShare()).isEqualTo(2.5 / 3.0);
        assertThat(nearRock.predicateWeight()).isEqualTo(1.0);
        // No listener at this level: the generator adds the listening history.
        assertThat(nearRock.seedListens()).isNull();
        assertThat(nearRock.recencyScore()).isNull();
    }

    @Test
    void aZeroWeightSeedIsNoSeedOfAnyReason() {
        LibrarySnapshot library = library();
        StreamRequest request = new StreamRequest(List.of("seed/rock", "seed/jazz"), List.of(1.0, 0.0), null, null);

        assertThat(reasons(library, request))
                .extracting(Reason.Similar::nearestSeed)
                .containsOnly("seed/rock");
    }

    @Test
    void theTextNamesTheSeedItsDistanceAndTheFactors() {
        LibrarySnapshot library = library();
        StreamRequest request = new StreamRequest(List.of("seed/rock"), null, Map.of("near/rock", 0.5), null);

        assertThat(reasonOf(library, request, "near/rock").text())
                .isEqualTo("close to rock (1.414 away), artists often played together (×"
                        + String.format(java.util.Locale.ROOT, "%.2f", CfMultiplier.of(0.6)) + "), weighted (×0.50)");
    }
}
