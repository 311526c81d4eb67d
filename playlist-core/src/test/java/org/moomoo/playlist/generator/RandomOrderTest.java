package org.moomoo.playlist.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomOrderTest {

    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    @Test
    void samplesDistinctElementsOfTheList() {
        List<Integer> sample = RandomOrder.sample(TEN, 4, new Random(3));

        assertThat(sample).hasSize(4).doesNotHaveDuplicates();
        assertThat(TEN).containsAll(sample);
    }

    @Test
    void asksForMoreThanThereAreGivesThemAll() {
        assertThat(RandomOrder.sample(TEN, 20, new Random(3))).containsExactlyInAnyOrderElementsOf(TEN);
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        assertThat(RandomOrder.sample(TEN, 5, new SplittableRandom(42)))
                .isEqualTo(RandomOrder.sample(TEN, 5, new SplittableRandom(42)));
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        assertThat(RandomOrder.shuffle(TEN, new SplittableRandom(5)))
                .isEqualTo(RandomOrder.shuffle(TEN, new SplittableRandom(5)));
    }

    @Test
    void everyElementIsEquallyLikelyToBeSampled() {
        int[] picked = new int[10];
        Random random = new Random(8);
        for (int round = 0; round < 10_000; round++) {
            RandomOrder.sample(TEN, 3, random).forEach(i -> picked[i]++);
        }
        // 3,000 expected each; a binomial's standard deviation here is about 46.
        assertThat(IntStream.of(picked).boxed().toList())
                .allSatisfy(count -> assertThat(count).isBetween(2_800, 3_200));
    }

    @Test
    void aShuffleInPlaceKeepsEveryItem() {
        List<Integer> items = new ArrayList<>(TEN);

        RandomOrder.shuffleInPlace(items, new SplittableRandom(3));

        assertThat(items).containsExactlyInAnyOrderElementsOf(TEN).isNotEqualTo(TEN);
    }
}
