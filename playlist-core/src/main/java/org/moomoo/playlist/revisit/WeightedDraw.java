package org.moomoo.playlist.revisit;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Draws without replacement, each draw proportional to the remaining items' weights. */
final class WeightedDraw {

    private WeightedDraw() {}

    /**
     * {@code count} distinct indexes of {@code weights}, in draw order.
     *
     * @param weights zero or more, finite; zero weights are drawn only when nothing else is left
     */
    static List<Integer> draw(double[] weights, int count, RandomGenerator random) {
        boolean[] taken = new boolean[weights.length];
        List<Integer> drawn = new ArrayList<>();
        while (drawn.size() < Math.min(count, weights.length)) {
            double total = 0;
            int firstLeft = -1;
            int lastWeighted = -1;
            for (int i = 0; i < weights.length; i++) {
                if (!taken[i]) {
                    total += weights[i];
                    firstLeft = firstLeft < 0 ? i : firstLeft;
                    lastWeighted = weights[i] > 0 ? i : lastWeighted;
                }
            }
            double target = random.nextDouble() * total;
            // Rounding can leave target a hair above the last weight: the last weighted item is the
            // fair pick then. When every weight left underflowed to zero, take them in list order.
            int chosen = lastWeighted >= 0 ? lastWeighted : firstLeft;
            for (int i = 0; i < weights.length && total > 0; i++) {
                if (!taken[i] && weights[i] > 0) {
                    target -= weights[i];
                    if (target < 0) {
                        chosen = i;
                        break;
                    }
                }
            }
            drawn.add(chosen);
            taken[chosen] = true;
        }
        return drawn;
    }
}
