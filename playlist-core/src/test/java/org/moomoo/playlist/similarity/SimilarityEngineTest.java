package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.track.Track;

/** The worked examples of spec/playlists-http-client.md 4.8 (1 to 5) and the validation of 4.1. */
class SimilarityEngineTest {

    private static List<Track> stream(LibrarySnapshot snapshot, StreamRequest request) {
        List<Track> tracks = new ArrayList<>();
        new SimilarityEngine(() -> snapshot).open(request).forEachRemaining(tracks::add);
        return tracks;
    }

    private static List<String> paths(
            LibrarySnapshot snapshot, List<String> seeds, List<Double> weights, Map<String, Double> predicateWeights) {
        return stream(snapshot, new StreamRequest(seeds, weights, predicateWeights, 2000)).stream()
                .map(Track::filepath)
                .toList();
    }

    /** f0=[1,0.5], f1=[1,1], f2=[2,2], f3=[2,2.5], near-duplicate guard off (example 2). */
    private static LibrarySnapshot fourFiles() {
        return new TestLibrary()
                .threshold(0)
                .file("f0", 1, 0.5f)
                .file("f1", 1, 1)
                .file("f2", 2, 2)
                .file("f3", 2, 2.5f)
                .build();
    }

    @Test
    void streamsTheTenFilesInOrderOfDistance() {
        LibrarySnapshot library = TestLibrary.tenFiles().build();

        assertThat(paths(library, List.of("f0"), null, null))
                .containsExactly("f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9");
    }

    @Test
    void stopsAtTheLimit() {
        LibrarySnapshot library = TestLibrary.tenFiles().build();

        List<Track> tracks = stream(library, new StreamRequest(List.of("f0"), null, null, 5));

        assertThat(tracks).extracting(Track::filepath).containsExactly("f1", "f2", "f3", "f4", "f5");
    }

    @Test
    void equalWeightsGiveTheSameRowsAsNoWeights() {
        LibrarySnapshot library = fourFiles();

        assertThat(stream(library, new StreamRequest(List.of("f1", "f2"), List.of(0.5, 0.5), null, 2000)))
                .isEqualTo(stream(library, new StreamRequest(List.of("f1", "f2"), null, null, 2000)));
    }

    @Test
    void aZeroWeightSeedIsDroppedAndBecomesACandidate() {
        LibrarySnapshot library = fourFiles();

        List<Track> weighted = stream(library, new StreamRequest(List.of("f1", "f2"), List.of(0.0, 1.0), null, 2000));

        assertThat(weighted).isEqualTo(stream(library, StreamRequest.of(List.of("f2"))));
        assertThat(weighted).extracting(Track::filepath).contains("f1");
    }

    @Test
    void heavierSeedPullsItsNeighbourFirst() {
        LibrarySnapshot library = fourFiles();

        assertThat(paths(library, List.of("f1", "f2"), List.of(0.5, 1.0), null).get(0))
                .isEqualTo("f3");
        assertThat(paths(library, List.of("f1", "f2"), List.of(1.0, 0.5), null).get(0))
                .isEqualTo("f0");
    }

    @Test
    void weightedDistanceIsTheWeightedMeanOfDistances() {
        List<Track> tracks = stream(fourFiles(), new StreamRequest(List.of("f1", "f2"), List.of(2.0, 1.0), null, 2000));

        assertThat(tracks.get(0).filepath()).isEqualTo("f0");
        assertThat(tracks.get(0).matchDistance()).isCloseTo((0.5 * 2 + Math.sqrt(3.25)) / 3, within(1e-6));
        assertThat(tracks.get(0).matchDistance()).isCloseTo(0.93426, within(1e-5));
    }

    @Test
    void predicateWeightsOfOneChangeNothing() {
        LibrarySnapshot library = fourFiles();

        assertThat(paths(library, List.of("f1", "f2"), null, Map.of("f0", 1.0, "f3", 1.0)))
                .isEqualTo(paths(library, List.of("f1", "f2"), null, null));
    }

    @Test
    void predicateWeightZeroRemovesTheCandidate() {
        assertThat(paths(fourFiles(), List.of("f1", "f2"), null, Map.of("f0", 0.0)))
                .containsExactly("f3");
    }

    @Test
    void largerPredicateWeightPullsTheCandidateCloser() {
        LibrarySnapshot library = fourFiles();

        assertThat(paths(library, List.of("f1", "f2"), null, Map.of("f0", 1.0, "f3", 4.0)))
                .containsExactly("f3", "f0");
        assertThat(paths(library, List.of("f1", "f2"), null, Map.of("f0", 4.0, "f3", 1.0)))
                .containsExactly("f0", "f3");
    }

    @Test
    void predicateWeightDividesTheDistance() {
        List<Track> tracks = stream(fourFiles(), new StreamRequest(List.of("f1", "f2"), null, Map.of("f0", 2.4), 2000));

        assertThat(tracks.get(0).filepath()).isEqualTo("f0");
        assertThat(tracks.get(0).matchDistance()).isCloseTo((0.5 + Math.sqrt(3.25)) / 2 / 2.4, within(1e-6));
        assertThat(tracks.get(0).matchDistance()).isCloseTo(0.47975, within(1e-5));
    }

    @Test
    void predicateWeightForAnUnknownPathHasNoEffect() {
        LibrarySnapshot library = fourFiles();

        assertThat(paths(library, List.of("f1", "f2"), null, Map.of("not-a-file", 3.0)))
                .isEqualTo(paths(library, List.of("f1", "f2"), null, null));
    }

    @Test
    void collaborativeFilteringScoreShrinksOrStretchesTheDistance() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        double none = cfDistance(new TestLibrary().file("f0", a, null, 0, 0).file("f1", b, null, 1, 0));
        // Factors with cosine 1 and cosine 0.
        double scoreOne = cfDistance(new TestLibrary()
                .file("f0", a, null, 0, 0)
                .file("f1", b, null, 1, 0)
                .factors(a, 1, 0)
                .factors(b, 2, 0));
        double scoreZero = cfDistance(new TestLibrary()
                .file("f0", a, null, 0, 0)
                .file("f1", b, null, 1, 0)
                .factors(a, 1, 0)
                .factors(b, 0, 3));

        assertThat(scoreZero).isGreaterThan(none);
        assertThat(none).isGreaterThan(scoreOne);
        assertThat(scoreOne).isCloseTo(1 / CfMultiplier.of(1.0), within(1e-9));
        assertThat(scoreZero).isCloseTo(1 / CfMultiplier.of(0.0), within(1e-9));
    }

    private static double cfDistance(TestLibrary library) {
        return stream(library.build(), StreamRequest.of(List.of("f0"))).get(0).matchDistance();
    }

    @Test
    void nearDuplicateOfTheSeedIsDropped() {
        LibrarySnapshot library = new TestLibrary()
                .file("f0", 1, 1)
                .file("f1", 1, 0.99f)
                .file("f2", 2, 2)
                .file("f3", 3, 3)
                .build();

        assertThat(paths(library, List.of("f1"), null, null)).containsExactly("f2", "f3");
    }

    @Test
    void oneNearSeedIsEnoughToDropACandidate() {
        LibrarySnapshot library = new TestLibrary()
                .file("f0", 1, 1)
                .file("f1", 1, 0.99f)
                .file("f2", 2, 2)
                .file("f3", 3, 3)
                .build();

        assertThat(paths(library, List.of("f1", "f2"), null, null)).containsExactly("f3");
    }

    @Test
    void candidatesCarryTheirIdsAndWholeSecondLength() {
        UUID artist = UUID.randomUUID();
        LibrarySnapshot library = new TestLibrary()
                .file("f0", 0, 0)
                .file("f1", artist, null, 3, 4)
                .build();

        Track track = stream(library, StreamRequest.of(List.of("f0"))).get(0);

        assertThat(track.albumArtistMbid()).isEqualTo(artist);
        assertThat(track.trackLengthSeconds()).isEqualTo(200);
        assertThat(track.isSeed()).isFalse();
        assertThat(track.matchDistance()).isEqualTo(5.0);
    }

    @Test
    void seedsMissingFromTheLibraryGiveAnEmptyStream() {
        Iterator<Track> tracks =
                new SimilarityEngine(() -> TestLibrary.tenFiles().build()).open(StreamRequest.of(List.of("nowhere")));

        assertThat(tracks.hasNext()).isFalse();
    }

    @Test
    void rejectsWeightsOfAnotherLength() {
        assertThatThrownBy(() -> new StreamRequest(List.of("a", "b"), List.of(1.0), null, 10))
                .hasMessageContaining("weights must be the same length as filepaths");
    }

    @Test
    void rejectsNegativeWeights() {
        assertThatThrownBy(() -> new StreamRequest(List.of("a", "b"), List.of(1.0, -1.0), null, 10))
                .hasMessageContaining("Weights must be non-negative");
    }

    @Test
    void rejectsWeightsSummingToZero() {
        assertThatThrownBy(() -> new StreamRequest(List.of("a", "b"), List.of(0.0, 0.0), null, 10))
                .hasMessageContaining("Weights must sum to a non-zero value");
    }

    @Test
    void rejectsNegativePredicateWeights() {
        assertThatThrownBy(() -> new StreamRequest(List.of("a"), null, Map.of("b", -0.5), 10))
                .hasMessageContaining("Predicate weights must be non-negative");
    }

    @Test
    void tiesAreBrokenByTheMd5OfThePath() {
        // Identical vectors tie exactly; md5: a = 0cc175b9..., c = 4a8a08f0..., b = 92eb5ffe...
        float[] same = {1, 1};
        LibrarySnapshot library = new TestLibrary()
                .file("seed", 0, 0)
                .file("a", same)
                .file("b", same)
                .file("c", same)
                .build();

        assertThat(paths(library, List.of("seed"), null, null)).containsExactly("a", "c", "b");
    }
}
