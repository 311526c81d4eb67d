package org.moomoo.playlist.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Uniform samples and shuffles drawn from an injected generator, so a fixed seed gives a fixed playlist
 * ({@code java.util.Collections.shuffle} takes only a {@code Random}). The generators and the collection
 * builders share it.
 */
public final class RandomOrder {

    private RandomOrder() {}

    /** {@code count} distinct elements chosen uniformly, in the order drawn; all of them if there are fewer. */
    public static <T> List<T> sample(List<T> items, int count, RandomGenerator random) {
        List<T> pool = new ArrayList<>(items);
        int size = Math.min(count, pool.size());
        // A partial Fisher-Yates shuffle: the first `size` places hold a uniform sample.
        for (int i = 0; i < size; i++) {
            Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
        }
        return new ArrayList<>(pool.subList(0, size));
    }

    /** A uniformly shuffled copy. */
    public static <T> List<T> shuffle(List<T> items, RandomGenerator random) {
        return sample(items, items.size(), random);
    }

    /**
     * Shuffles {@code items} in place, Fisher-Yates from the last place down. It draws differently
     * from {@link #shuffle}, so the two give different orders for one seed; revisit-tracks keeps this
     * one so that its seeded playlists stay as they were.
     */
    public static <T> void shuffleInPlace(List<T> items, RandomGenerator random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            items.set(j, items.set(i, items.get(j)));
        }
    }
}
