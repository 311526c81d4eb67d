package org.moomoo.playlist.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Uniform shuffles and samples drawn from an injected generator, so that a seeded run of a
 * collection job is reproducible ({@code java.util.Collections.shuffle} takes only a {@code Random}).
 */
public final class Sampling {

    private Sampling() {
    }

    /** Shuffles {@code items} in place (Fisher-Yates). */
    public static <T> void shuffle(List<T> items, RandomGenerator random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            items.set(j, items.set(i, items.get(j)));
        }
    }

    /** {@code size} distinct items in random order; all of them, shuffled, when there are not more. */
    public static <T> List<T> sample(List<T> items, int size, RandomGenerator random) {
        List<T> copy = new ArrayList<>(items);
        int take = Math.min(size, copy.size());
        // A partial Fisher-Yates: the first `take` slots end up a uniform sample in random order.
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(copy.size() - i);
            copy.set(j, copy.set(i, copy.get(j)));
        }
        return List.copyOf(copy.subList(0, take));
    }
}
