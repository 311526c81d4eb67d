package org.moomoo.jobs.artistsimilarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The ALS solver against what it promises: a falling loss, a planted structure found again, and
 * agreement with a direct dense computation of the same objective and the same row solves.
 */
class ImplicitAlsTest {

    static final ForkJoinPool ONE_THREAD = new ForkJoinPool(1);
    static final ForkJoinPool TWO_THREADS = new ForkJoinPool(2);

    @AfterAll
    static void stop() {
        ONE_THREAD.shutdown();
        TWO_THREADS.shutdown();
    }

    /** A users x items matrix with each entry present with probability {@code density}, values 1..20. */
    static SparseMatrix random(int users, int items, double density, long seed) {
        Random random = new Random(seed);
        int[] rows = new int[users * items];
        int[] columns = new int[users * items];
        float[] values = new float[users * items];
        int count = 0;
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                if (random.nextDouble() < density) {
                    rows[count] = u;
                    columns[count] = i;
                    values[count] = 1 + random.nextInt(20);
                    count++;
                }
            }
        }
        return SparseMatrix.of(users, items, rows, columns, values, count);
    }

    @Test
    void lossFallsWithEveryIteration() {
        SparseMatrix weights = Bm25.weight(random(300, 120, 0.05, 1), Bm25.K1, Bm25.B);
        ImplicitAls als = new ImplicitAls(AlsSettings.ARTIST_SIMILARITY.withIterations(12), TWO_THREADS);
        List<Double> losses = new ArrayList<>();
        losses.add(als.loss(weights, als.initial(weights.rows(), weights.columnCount())));

        als.fit(weights, (iteration, model) -> losses.add(als.loss(weights, model)));

        assertThat(losses).hasSize(13);
        for (int k = 1; k < losses.size(); k++) {
            assertThat(losses.get(k)).as("loss after iteration %d", k).isLessThan(losses.get(k - 1));
        }
    }

    @Test
    void findsAPlantedBlockStructureAgain() {
        // Three taste groups of 30 users; each group plays about 80% of its own 10 artists and nothing
        // else: a rank-3 pattern of preferences, fitted with 3 factors.
        int groups = 3;
        int usersPerGroup = 30;
        int itemsPerGroup = 10;
        Random random = new Random(7);
        int users = groups * usersPerGroup;
        int items = groups * itemsPerGroup;
        int[] rows = new int[users * items];
        int[] columns = new int[users * items];
        float[] values = new float[users * items];
        int count = 0;
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                if (u / usersPerGroup == i / itemsPerGroup && random.nextDouble() < 0.8) {
                    rows[count] = u;
                    columns[count] = i;
                    values[count] = 1 + random.nextInt(20);
                    count++;
                }
            }
        }
        SparseMatrix counts = SparseMatrix.of(users, items, rows, columns, values, count);
        ImplicitAls als = new ImplicitAls(AlsSettings.ARTIST_SIMILARITY.withFactors(groups), TWO_THREADS);

        AlsModel model = als.fit(Bm25.weight(counts, Bm25.K1, Bm25.B), (iteration, fitted) -> {});

        for (int a = 0; a < items; a++) {
            for (int b = 0; b < items; b++) {
                double cosine = cosine(model.item(a), model.item(b));
                if (a / itemsPerGroup == b / itemsPerGroup) {
                    assertThat(cosine)
                            .as("artists %d and %d of one group", a, b)
                            .isGreaterThan(0.98);
                } else {
                    assertThat(cosine)
                            .as("artists %d and %d of two groups", a, b)
                            .isLessThan(0.05);
                }
            }
        }
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                double score = model.score(u, i);
                if (u / usersPerGroup == i / itemsPerGroup) {
                    assertThat(score).as("user %d, own group's artist %d", u, i).isGreaterThan(0.8);
                } else {
                    assertThat(score)
                            .as("user %d, other group's artist %d", u, i)
                            .isLessThan(0.05);
                }
            }
        }
    }

    @Test
    void conjugateGradientReachesTheExactLeastSquaresSolution() {
        // With as many CG steps as factors, CG solves the row's system exactly (up to rounding).
        SparseMatrix weights = smallWithANegativeWeight();
        AlsSettings settings = AlsSettings.ARTIST_SIMILARITY.withFactors(4).withCgSteps(4);
        ImplicitAls als = new ImplicitAls(settings, ONE_THREAD);
        AlsModel model = als.initial(weights.rows(), weights.columnCount());
        double[][] expected = new double[weights.rows()][];
        for (int u = 0; u < weights.rows(); u++) {
            expected[u] = exactRowSolution(weights, u, model.itemFactors(), settings);
        }

        als.solveRows(weights, model.userFactors(), model.itemFactors());

        for (int u = 0; u < weights.rows(); u++) {
            float[] solved = model.user(u);
            for (int k = 0; k < 4; k++) {
                assertThat((double) solved[k]).as("user %d factor %d", u, k).isCloseTo(expected[u][k], within(1e-4));
            }
        }
        // The user without entries gets the zero vector, its exact solution.
        assertThat(model.user(3)).containsOnly(0f);
    }

    @Test
    void threeWarmStartedStepsLowerEveryRowsObjective() {
        SparseMatrix weights = smallWithANegativeWeight();
        AlsSettings settings = AlsSettings.ARTIST_SIMILARITY.withFactors(4);
        ImplicitAls als = new ImplicitAls(settings, ONE_THREAD);
        AlsModel model = als.initial(weights.rows(), weights.columnCount());
        double before = als.loss(weights, model);

        als.solveRows(weights, model.userFactors(), model.itemFactors());

        assertThat(als.loss(weights, model)).isLessThan(before);
    }

    @Test
    void lossIsTheObjectiveSummedOverEveryPair() {
        SparseMatrix weights = smallWithANegativeWeight();
        AlsSettings settings = AlsSettings.ARTIST_SIMILARITY.withFactors(4).withIterations(2);
        ImplicitAls als = new ImplicitAls(settings, ONE_THREAD);
        AlsModel model = als.fit(weights, (iteration, fitted) -> {});
        double expected = 0;
        for (int u = 0; u < weights.rows(); u++) {
            for (int i = 0; i < weights.columnCount(); i++) {
                double w = weights.get(u, i);
                double confidence = 1 + settings.alpha() * Math.abs(w);
                double error = (w > 0 ? 1 : 0) - model.score(u, i);
                expected += confidence * error * error;
            }
        }
        expected += settings.regularization() * (squaredNorm(model.userFactors()) + squaredNorm(model.itemFactors()));

        assertThat(als.loss(weights, model)).isCloseTo(expected, within(1e-6 * expected));
    }

    @Test
    void aFitIsTheSameEveryTimeAndOnAnyNumberOfThreads() {
        SparseMatrix weights = Bm25.weight(random(2000, 200, 0.03, 3), Bm25.K1, Bm25.B);
        AlsSettings settings = AlsSettings.ARTIST_SIMILARITY.withIterations(3);

        AlsModel one = new ImplicitAls(settings, ONE_THREAD).fit(weights, (iteration, model) -> {});
        AlsModel two = new ImplicitAls(settings, TWO_THREADS).fit(weights, (iteration, model) -> {});
        AlsModel again = new ImplicitAls(settings, TWO_THREADS).fit(weights, (iteration, model) -> {});

        assertThat(two.itemFactors()).containsExactly(one.itemFactors());
        assertThat(again.itemFactors()).containsExactly(two.itemFactors());
        assertThat(again.userFactors()).containsExactly(one.userFactors());
    }

    /** 5 users x 4 items; user 3 has no entries, and one weight is negative (preference 0). */
    private static SparseMatrix smallWithANegativeWeight() {
        return SparseMatrix.of(
                5,
                4,
                new int[] {0, 0, 1, 1, 1, 2, 4, 4},
                new int[] {0, 2, 1, 2, 3, 0, 1, 3},
                new float[] {1.5f, 0.4f, 2f, 0.8f, -0.3f, 3f, 1f, 0.2f},
                8);
    }

    /**
     * The minimiser of user u's objective with the item vectors fixed, from the normal equations
     * (Y' C Y + λI) x = Y' C p built densely over every item and solved by Gaussian elimination.
     */
    private static double[] exactRowSolution(SparseMatrix weights, int u, float[] items, AlsSettings settings) {
        int f = settings.factors();
        double[][] a = new double[f][f + 1];
        for (int i = 0; i < weights.columnCount(); i++) {
            double w = weights.get(u, i);
            double confidence = 1 + settings.alpha() * Math.abs(w);
            double preference = w > 0 ? 1 : 0;
            for (int r = 0; r < f; r++) {
                for (int c = 0; c < f; c++) {
                    a[r][c] += confidence * items[i * f + r] * items[i * f + c];
                }
                a[r][f] += confidence * preference * items[i * f + r];
            }
        }
        for (int r = 0; r < f; r++) {
            a[r][r] += settings.regularization();
        }
        for (int pivot = 0; pivot < f; pivot++) {
            int best = pivot;
            for (int r = pivot + 1; r < f; r++) {
                if (Math.abs(a[r][pivot]) > Math.abs(a[best][pivot])) {
                    best = r;
                }
            }
            double[] swap = a[pivot];
            a[pivot] = a[best];
            a[best] = swap;
            for (int r = 0; r < f; r++) {
                if (r != pivot) {
                    double factor = a[r][pivot] / a[pivot][pivot];
                    for (int c = pivot; c <= f; c++) {
                        a[r][c] -= factor * a[pivot][c];
                    }
                }
            }
        }
        double[] x = new double[f];
        for (int r = 0; r < f; r++) {
            x[r] = a[r][f] / a[r][r];
        }
        return x;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int k = 0; k < a.length; k++) {
            dot += (double) a[k] * b[k];
            na += (double) a[k] * a[k];
            nb += (double) b[k] * b[k];
        }
        return dot / (Math.sqrt(na) * Math.sqrt(nb));
    }

    private static double squaredNorm(float[] vectors) {
        double sum = 0;
        for (float v : vectors) {
            sum += (double) v * v;
        }
        return sum;
    }
}
