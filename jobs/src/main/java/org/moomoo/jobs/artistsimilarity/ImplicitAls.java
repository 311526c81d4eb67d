package org.moomoo.jobs.artistsimilarity;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Implicit-feedback alternating least squares (Hu, Koren and Volinsky 2008) with the
 * conjugate-gradient row solves of Takács, Pilászy and Tikk (2011), as the {@code implicit}
 * library's CPU solver does it.
 *
 * <p>For a weight matrix W (users x items), every pair (u, i) has preference p = 1 where
 * W[u,i] &gt; 0 and 0 elsewhere, and confidence c = 1 + alpha * |W[u,i]| (1 where nothing is
 * stored). The fit minimises
 * {@code sum over all (u,i) of c * (p - x_u . y_i)^2 + regularization * (sum |x_u|^2 + sum |y_i|^2)}
 * by solving, in turn, every user vector with the item vectors fixed and every item vector with the
 * user vectors fixed. One row's problem is the linear system
 * {@code (Y'Y + regularization I + sum_i (c_i - 1) y_i y_i') x = sum_i c_i p_i y_i}; a few CG steps
 * started from the row's current vector approach its solution without ever forming the matrix.
 * Each CG step lowers the row's objective, so the loss falls with every iteration.
 *
 * <p>Rows are solved in parallel on the given pool; every row reads only the other side's vectors,
 * and the Gram matrix is summed over fixed blocks in a fixed order, so a fit gives the same
 * numbers whatever the number of threads.
 */
public final class ImplicitAls {

    /** Told after each iteration, with the model as it stands then. */
    @FunctionalInterface
    public interface IterationListener {
        void iterationDone(int iteration, AlsModel model);
    }

    // A squared residual this small means the row is solved; the implicit library stops there too.
    private static final float SOLVED = 1e-20f;
    // Rows per parallel task: small enough to balance two cores, large enough to amortise a task.
    private static final int ROWS_PER_TASK = 256;
    // Rows per partial Gram sum; fixed, so that the summation order never depends on the threads.
    private static final int ROWS_PER_GRAM_BLOCK = 4096;

    private final AlsSettings settings;
    private final ForkJoinPool pool;

    public ImplicitAls(AlsSettings settings, ForkJoinPool pool) {
        this.settings = Objects.requireNonNull(settings);
        this.pool = Objects.requireNonNull(pool);
    }

    /**
     * Fits user and item vectors to {@code weights} (users x items) from seeded random vectors
     * (uniform in [0, 0.01)), then runs {@link AlsSettings#iterations()} iterations.
     */
    public AlsModel fit(SparseMatrix weights, IterationListener listener) {
        SparseMatrix byItem = weights.transpose();
        AlsModel model = initial(weights.rows(), weights.columnCount());
        for (int iteration = 1; iteration <= settings.iterations(); iteration++) {
            solveRows(weights, model.userFactors(), model.itemFactors());
            solveRows(byItem, model.itemFactors(), model.userFactors());
            listener.iterationDone(iteration, model);
        }
        return model;
    }

    /** The seeded starting point of a fit. */
    AlsModel initial(int users, int items) {
        int f = settings.factors();
        Random random = new Random(settings.seed());
        float[] userFactors = new float[users * f];
        float[] itemFactors = new float[items * f];
        for (int k = 0; k < userFactors.length; k++) {
            userFactors[k] = random.nextFloat() * 0.01f;
        }
        for (int k = 0; k < itemFactors.length; k++) {
            itemFactors[k] = random.nextFloat() * 0.01f;
        }
        return new AlsModel(users, items, f, userFactors, itemFactors);
    }

    /**
     * The objective the fit minimises, over every (user, item) pair, stored or not. Unstored pairs
     * are counted through the Gram matrix: the sum over all items of (x . y_i)^2 is x' (Y'Y) x.
     */
    public double loss(SparseMatrix weights, AlsModel model) {
        int f = settings.factors();
        float alpha = settings.alpha();
        float[] x = model.userFactors();
        float[] y = model.itemFactors();
        double[] gram = gram(y, model.items(), f);
        int[] rowStart = weights.rowStart();
        int[] columns = weights.columns();
        float[] values = weights.values();
        int blocks = blocks(weights.rows(), ROWS_PER_GRAM_BLOCK);
        double[] partial = new double[blocks];
        parallel(blocks, block -> {
            double sum = 0;
            int to = Math.min(weights.rows(), (block + 1) * ROWS_PER_GRAM_BLOCK);
            for (int u = block * ROWS_PER_GRAM_BLOCK; u < to; u++) {
                int base = u * f;
                for (int a = 0; a < f; a++) {
                    double row = 0;
                    for (int b = 0; b < f; b++) {
                        row += gram[a * f + b] * x[base + b];
                    }
                    sum += x[base + a] * row;
                }
                for (int k = rowStart[u]; k < rowStart[u + 1]; k++) {
                    double score = dot(y, columns[k] * f, x, base, f);
                    float w = values[k];
                    double confidence = 1 + alpha * Math.abs(w);
                    double error = (w > 0 ? 1 : 0) - score;
                    sum += confidence * error * error - score * score;
                }
            }
            partial[block] = sum;
        });
        double total = 0;
        for (double sum : partial) {
            total += sum;
        }
        return total + settings.regularization() * (squaredNorm(x) + squaredNorm(y));
    }

    /**
     * Solves every row of {@code target} (one vector per row of {@code weights}) with the
     * {@code fixed} vectors (one per column) held: a few CG steps from the row's current vector.
     * A row without entries gets the zero vector, its exact solution.
     */
    void solveRows(SparseMatrix weights, float[] target, float[] fixed) {
        int f = settings.factors();
        double[] exactGram = gram(fixed, weights.columnCount(), f);
        float[] gram = new float[f * f];
        for (int k = 0; k < gram.length; k++) {
            gram[k] = (float) exactGram[k];
        }
        for (int a = 0; a < f; a++) {
            gram[a * f + a] += settings.regularization();
        }
        int rows = weights.rows();
        parallel(blocks(rows, ROWS_PER_TASK), block -> {
            RowScratch scratch = new RowScratch(f);
            int to = Math.min(rows, (block + 1) * ROWS_PER_TASK);
            for (int row = block * ROWS_PER_TASK; row < to; row++) {
                solveRow(weights, row, target, fixed, gram, scratch);
            }
        });
    }

    /**
     * One thread's working arrays for a row: the row's fixed vectors gathered one after the other
     * and also transposed (factor by factor), so that every pass over them is a sequential loop the
     * JIT vectorises, instead of a random read and a dot product per entry.
     */
    private static final class RowScratch {
        final float[] r;
        final float[] p;
        final float[] ap;
        float[] vectors = new float[0];
        float[] transposed = new float[0];
        float[] extra = new float[0];
        float[] dots = new float[0];

        RowScratch(int f) {
            r = new float[f];
            p = new float[f];
            ap = new float[f];
        }

        void fit(int entries, int f) {
            if (extra.length < entries) {
                int capacity = Math.max(entries, extra.length * 2);
                vectors = new float[capacity * f];
                transposed = new float[capacity * f];
                extra = new float[capacity];
                dots = new float[capacity];
            }
        }
    }

    private void solveRow(
            SparseMatrix weights, int row, float[] target, float[] fixed, float[] gram, RowScratch scratch) {
        int f = settings.factors();
        float alpha = settings.alpha();
        int[] columns = weights.columns();
        float[] values = weights.values();
        int from = weights.rowStart()[row];
        int n = weights.rowStart()[row + 1] - from;
        int base = row * f;
        if (n == 0) {
            Arrays.fill(target, base, base + f, 0f);
            return;
        }
        scratch.fit(n, f);
        float[] vectors = scratch.vectors;
        float[] transposed = scratch.transposed;
        float[] extra = scratch.extra;
        float[] dots = scratch.dots;
        for (int j = 0; j < n; j++) {
            int at = columns[from + j] * f;
            System.arraycopy(fixed, at, vectors, j * f, f);
            for (int k = 0; k < f; k++) {
                transposed[k * n + j] = fixed[at + k];
            }
            // c - 1 = alpha |w|; a negative weight is a preference of 0 held with that confidence.
            extra[j] = alpha * Math.abs(values[from + j]);
        }
        float[] r = scratch.r;
        float[] p = scratch.p;
        float[] ap = scratch.ap;
        // r = b - A x, where A x = (Y'Y + λI) x + sum_j (c_j - 1) (y_j . x) y_j and b = sum_j c_j p_j y_j.
        symmetricTimes(gram, target, base, r, f);
        for (int a = 0; a < f; a++) {
            r[a] = -r[a];
        }
        dotsWithEach(transposed, target, base, dots, n, f);
        for (int j = 0; j < n; j++) {
            float preferred = values[from + j] > 0 ? 1 + extra[j] : 0;
            axpy(preferred - extra[j] * dots[j], vectors, j * f, r, f);
        }
        System.arraycopy(r, 0, p, 0, f);
        float residual = dot(r, 0, r, 0, f);
        for (int step = 0; step < settings.cgSteps() && residual >= SOLVED; step++) {
            symmetricTimes(gram, p, 0, ap, f);
            dotsWithEach(transposed, p, 0, dots, n, f);
            for (int j = 0; j < n; j++) {
                axpy(extra[j] * dots[j], vectors, j * f, ap, f);
            }
            float curvature = dot(p, 0, ap, 0, f);
            if (!(curvature > 0)) {
                break; // p is (numerically) zero: nothing left to gain along it
            }
            float length = residual / curvature;
            for (int a = 0; a < f; a++) {
                target[base + a] += length * p[a];
                r[a] -= length * ap[a];
            }
            float next = dot(r, 0, r, 0, f);
            float beta = next / residual;
            for (int a = 0; a < f; a++) {
                p[a] = r[a] + beta * p[a];
            }
            residual = next;
        }
    }

    /** dots[j] = y_j . v for the n gathered vectors, as f scaled additions of their transposed columns. */
    private static void dotsWithEach(float[] transposed, float[] v, int offset, float[] dots, int n, int f) {
        Arrays.fill(dots, 0, n, 0f);
        for (int k = 0; k < f; k++) {
            axpy(v[offset + k], transposed, k * n, dots, n);
        }
    }

    /** Y'Y over the {@code rows} vectors of {@code vectors}, in doubles, by fixed blocks in a fixed order. */
    private double[] gram(float[] vectors, int rows, int f) {
        int blocks = blocks(rows, ROWS_PER_GRAM_BLOCK);
        double[][] partial = new double[blocks][];
        parallel(blocks, block -> {
            double[] sum = new double[f * f];
            int to = Math.min(rows, (block + 1) * ROWS_PER_GRAM_BLOCK);
            for (int row = block * ROWS_PER_GRAM_BLOCK; row < to; row++) {
                int base = row * f;
                for (int a = 0; a < f; a++) {
                    double va = vectors[base + a];
                    int line = a * f;
                    for (int b = a; b < f; b++) {
                        sum[line + b] += va * vectors[base + b];
                    }
                }
            }
            partial[block] = sum;
        });
        double[] gram = new double[f * f];
        for (double[] sum : partial) {
            for (int k = 0; k < gram.length; k++) {
                gram[k] += sum[k];
            }
        }
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < a; b++) {
                gram[a * f + b] = gram[b * f + a];
            }
        }
        return gram;
    }

    private void parallel(int tasks, IntConsumer task) {
        pool.submit(() -> IntStream.range(0, tasks).parallel().forEach(task)).join();
    }

    private static int blocks(int rows, int perBlock) {
        return (rows + perBlock - 1) / perBlock;
    }

    /**
     * out = G v for the symmetric f x f matrix G and the vector at {@code v[offset]}, as a sum of
     * G's rows scaled by v (G = G'), which the JIT vectorises, unlike a sum of dot products.
     */
    private static void symmetricTimes(float[] g, float[] v, int offset, float[] out, int f) {
        Arrays.fill(out, 0, f, 0f);
        for (int b = 0; b < f; b++) {
            axpy(v[offset + b], g, b * f, out, f);
        }
    }

    /**
     * The dot product of the n floats at {@code a[ao]} and {@code b[bo]}. A plain loop: on this
     * JIT it ran faster than hand-unrolled running sums.
     */
    static float dot(float[] a, int ao, float[] b, int bo, int n) {
        float sum = 0;
        for (int k = 0; k < n; k++) {
            sum += a[ao + k] * b[bo + k];
        }
        return sum;
    }

    /** out += scale * (the n floats at {@code x[xo]}). */
    private static void axpy(float scale, float[] x, int xo, float[] out, int n) {
        for (int k = 0; k < n; k++) {
            out[k] += scale * x[xo + k];
        }
    }

    private static double squaredNorm(float[] vectors) {
        double sum = 0;
        for (float v : vectors) {
            sum += (double) v * v;
        }
        return sum;
    }
}
