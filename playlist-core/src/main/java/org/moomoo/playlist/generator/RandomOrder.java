package org.moomoo.playlist.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Uniform samples and shuffles drawn from an injected generator, so a fixed seed gives a fixed playlist. */
final class RandomOrder {

    private RandomOrder() {
    }

    /** {@code count} distinct elements chosen uniformly, in the order drawn; all of them if there are fewer. */
    static <T> List<T> sample(List<T> items, int count, RandomGenerator random) {
        List<T> pool = new ArrayList<>(items);
        int size = Math.min(count, pool.size());
        // A partial Fisher-Yates shuffle: the first `size` places hold a uniform sample.
        for (int i = 0; i < size; i++) {
            Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
        }
        return new ArrayList<>(pool.subList(0, size));
    }

    /** A uniformly shuffled copy. */
    static <T> List<T> shuffle(List<T> items, RandomGenerator random) {
        return sample(items, items.size(), random);
    }
}
