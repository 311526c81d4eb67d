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
    // Parallel tasks per half-iteration: many more than cores, so that work stealing evens them out.
    private static final int BLOCKS_PER_SOLVE = 512;
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
        int[] starts = balancedBlocks(weights, f);
        ThreadLocal<RowScratch> scratches = ThreadLocal.withInitial(() -> new RowScratch(f));
        parallel(starts.length - 1, block -> {
            RowScratch scratch = scratches.get();
            for (int row = starts[block]; row < starts[block + 1]; row++) {
                solveRow(weights, row, target, fixed, gram, scratch);
            }
        });
    }

    /**
     * Where each parallel task's rows start (and, last, the row count): blocks of about equal work,
     * a row costing its entries plus the Gram product. A popular item has thousands of times the
     * entries of a rare one, so equal numbers of rows would leave one thread the long tail. The
     * blocks depend on the matrix alone, and every row is solved alone, so the threads never
     * change the numbers.
     */
    private static int[] balancedBlocks(SparseMatrix weights, int f) {
        int rows = weights.rows();
        int[] rowStart = weights.rowStart();
        long total = (long) weights.nonZeros() + (long) rows * f / 4;
        long perBlock = Math.max(1, total / BLOCKS_PER_SOLVE);
        int[] starts = new int[BLOCKS_PER_SOLVE + 2];
        int blocks = 0;
        long cost = 0;
        starts[blocks++] = 0;
        for (int row = 0; row < rows; row++) {
            cost += rowStart[row + 1] - rowStart[row] + f / 4;
            if (cost >= perBlock && row + 1 < rows && blocks < starts.length - 1) {
                starts[blocks++] = row + 1;
                cost = 0;
            }
        }
        starts[blocks++] = rows;
        return Arrays.copyOf(starts, blocks);
    }

    /**
     * One thread's working arrays for a row: the row's fixed vectors gathered one after the other,
     * so that the CG passes over them read memory in order, not a random vector per entry.
     */
    private static final class RowScratch {
        final float[] r;
        final float[] p;
        final float[] ap;
        float[] vectors = new float[0];
        float[] extra = new float[0];

        RowScratch(int f) {
            r = new float[f];
            p = new float[f];
            ap = new float[f];
        }

        void fit(int entries, int f) {
            if (extra.length < entries) {
                int capacity = Math.max(entries, extra.length * 2);
                vectors = new float[capacity * f];
                extra = new float[capacity];
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
        float[] extra = scratch.extra;
        for (int j = 0; j < n; j++) {
            System.arraycopy(fixed, columns[from + j] * f, vectors, j * f, f);
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
        for (int j = 0; j < n; j++) {
            float preferred = values[from + j] > 0 ? 1 + extra[j] : 0;
            float dot = dot(vectors, j * f, target, base, f);
            axpy(preferred - extra[j] * dot, vectors, j * f, r, f);
        }
        System.arraycopy(r, 0, p, 0, f);
        float residual = dot(r, 0, r, 0, f);
        for (int step = 0; step < settings.cgSteps() && residual >= SOLVED; step++) {
            symmetricTimes(gram, p, 0, ap, f);
            // One pass over the gathered vectors: each one's dot product, then its share of A p.
            for (int j = 0; j < n; j++) {
                axpy(extra[j] * dot(vectors, j * f, p, 0, f), vectors, j * f, ap, f);
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
     * The dot product of the n floats at {@code a[ao]} and {@code b[bo]}, in eight running sums of
     * fused multiply-adds added up in a fixed order: one running sum waits on each addition before
     * the next, eight keep the multiply-add units busy. The same inputs always give the same float.
     */
    static float dot(float[] a, int ao, float[] b, int bo, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int k = 0;
        for (; k + 8 <= n; k += 8) {
            s0 = Math.fma(a[ao + k], b[bo + k], s0);
            s1 = Math.fma(a[ao + k + 1], b[bo + k + 1], s1);
            s2 = Math.fma(a[ao + k + 2], b[bo + k + 2], s2);
            s3 = Math.fma(a[ao + k + 3], b[bo + k + 3], s3);
            s4 = Math.fma(a[ao + k + 4], b[bo + k + 4], s4);
            s5 = Math.fma(a[ao + k + 5], b[bo + k + 5], s5);
            s6 = Math.fma(a[ao + k + 6], b[bo + k + 6], s6);
            s7 = Math.fma(a[ao + k + 7], b[bo + k + 7], s7);
        }
        for (; k < n; k++) {
            s0 = Math.fma(a[ao + k], b[bo + k], s0);
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
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
