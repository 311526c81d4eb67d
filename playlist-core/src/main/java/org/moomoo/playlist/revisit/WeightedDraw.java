package org.moomoo.playlist.revisit;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Draws without replacement, each draw proportional to the remaining items' weights. */
final class WeightedDraw {

    private WeightedDraw() {
    }

    /**
     * {@code count} distinct indexes of {@code weights}, in draw order.
     *
     * @param weights positive, finite
     */
    static List<Integer> draw(double[] weights, int count, RandomGenerator random) {
        double[] remaining = weights.clone();
        List<Integer> drawn = new ArrayList<>();
        for (int draw = 0; draw < Math.min(count, weights.length); draw++) {
            double total = 0;
            for (double weight : remaining) {
                total += weight;
            }
            double target = random.nextDouble() * total;
            int chosen = -1;
            for (int i = 0; i < remaining.length; i++) {
                if (remaining[i] > 0) {
                    chosen = i;
                    target -= remaining[i];
                    if (target < 0) {
                        break;
                    }
                }
            }
            // Rounding can leave target a hair above zero: the last item still left is the fair pick then.
            drawn.add(chosen);
            remaining[chosen] = 0;
        }
        return drawn;
    }
}
