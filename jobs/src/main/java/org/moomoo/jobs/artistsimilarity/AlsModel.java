package org.moomoo.jobs.artistsimilarity;

import java.util.Arrays;

/**
 * A fitted (or partly fitted) model: one vector per user and per item, stored row after row in
 * two flat arrays ({@code users x factors} and {@code items x factors}). The arrays are the solver's
 * own while it fits: read them in an iteration callback, do not keep or change them.
 *
 * @param users       number of user rows
 * @param items       number of item rows
 * @param factors     length of every vector
 * @param userFactors user {@code u}'s vector at {@code u * factors}
 * @param itemFactors item {@code i}'s vector at {@code i * factors}
 */
public record AlsModel(int users, int items, int factors, float[] userFactors, float[] itemFactors) {

    /** A copy of item {@code item}'s vector. */
    public float[] item(int item) {
        return Arrays.copyOfRange(itemFactors, item * factors, (item + 1) * factors);
    }

    /** A copy of user {@code user}'s vector. */
    public float[] user(int user) {
        return Arrays.copyOfRange(userFactors, user * factors, (user + 1) * factors);
    }

    /** The predicted preference of {@code user} for {@code item}: the dot product of their vectors. */
    public double score(int user, int item) {
        double sum = 0;
        for (int k = 0; k < factors; k++) {
            sum += (double) userFactors[user * factors + k] * itemFactors[item * factors + k];
        }
        return sum;
    }
}
