package org.moomoo.playlist.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SamplingTest {

    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    @Test
    void aSampleHoldsDistinctItemsOfTheList() {
        List<Integer> sample = Sampling.sample(TEN, 4, new SplittableRandom(1));

        assertThat(sample).hasSize(4).doesNotHaveDuplicates().isSubsetOf(TEN);
    }

    @Test
    void aSampleLargerThanTheListIsTheWholeList() {
        assertThat(Sampling.sample(TEN, 15, new SplittableRandom(1))).containsExactlyInAnyOrderElementsOf(TEN);
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        assertThat(Sampling.sample(TEN, 5, new SplittableRandom(42))).isEqualTo(Sampling.sample(TEN, 5, new SplittableRandom(42)));
    }

    @Test
    void aShuffleKeepsEveryItem() {
        List<Integer> items = new ArrayList<>(TEN);

        Sampling.shuffle(items, new SplittableRandom(3));

        assertThat(items).containsExactlyInAnyOrderElementsOf(TEN).isNotEqualTo(TEN);
    }
}
