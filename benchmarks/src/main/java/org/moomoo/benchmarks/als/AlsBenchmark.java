package org.moomoo.benchmarks.als;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.moomoo.benchmarks.Machine;
import org.moomoo.jobs.artistsimilarity.AlsSettings;
import org.moomoo.jobs.artistsimilarity.Bm25;
import org.moomoo.jobs.artistsimilarity.ImplicitAls;
import org.moomoo.jobs.artistsimilarity.SparseMatrix;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.progress.ProgressLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench als}: fits the model of {@code update-artist-similarity-matrix} (64 factors,
 * 3 CG steps, BM25 first) on a generated user x artist count matrix, in memory, no database, and
 * prints the fit time, the time of every iteration, the peak heap and the CPU time used.
 */
@Command(
        name = "als",
        mixinStandardHelpOptions = true,
        description = "ALS fit time of the artist-similarity model on a generated user x artist matrix.")
public final class AlsBenchmark implements Callable<Integer> {

    @Option(names = "--users", defaultValue = "100000", description = "rows (default ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--artists", defaultValue = "20000", description = "columns (default ${DEFAULT-VALUE})")
    int artists;

    @Option(
            names = "--non-zeros",
            defaultValue = "5000000",
            description = "distinct (user, artist) counts (default ${DEFAULT-VALUE})")
    int nonZeros;

    @Option(names = "--iterations", defaultValue = "15", description = "ALS iterations (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(
            names = "--threads",
            defaultValue = "0",
            description = "solver threads, 0 for one per core (default ${DEFAULT-VALUE})")
    int threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (users < 1 || artists < 1 || nonZeros < users || nonZeros > (long) users * artists / 2) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--non-zeros must be at least --users and at most half of --users x --artists");
        }
        long started = System.nanoTime();
        SparseMatrix counts = generate(users, artists, nonZeros, 42);
        out.printf(
                "generated %s users x %s artists, %s counts in %s%n",
                ProgressLine.count(users),
                ProgressLine.count(artists),
                ProgressLine.count(counts.nonZeros()),
                ProgressLine.duration(Duration.ofNanos(System.nanoTime() - started)));
        out.flush();
        long weighted = System.nanoTime();
        SparseMatrix weights = Bm25.weight(counts, Bm25.K1, Bm25.B);
        out.printf("BM25 weighting in %s%n", ProgressLine.duration(Duration.ofNanos(System.nanoTime() - weighted)));
        out.flush();
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        int parallelism = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        AlsSettings settings = AlsSettings.ARTIST_SIMILARITY.withIterations(iterations);
        long cpuBefore = processCpuNanos();
        long fitStarted = System.nanoTime();
        long[] last = {fitStarted};
        try {
            new ImplicitAls(settings, pool).fit(weights, (iteration, model) -> {
                long now = System.nanoTime();
                out.printf(Locale.ROOT, "iteration %2d  %7.3fs%n", iteration, (now - last[0]) / 1e9);
                out.flush();
                last[0] = now;
            });
        } finally {
            pool.shutdown();
        }
        double fitSeconds = (System.nanoTime() - fitStarted) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        out.printf(
                Locale.ROOT,
                "fit: %d iterations of %d factors in %.1fs (%.2fs per iteration) on %d threads; CPU time %.1fs%n",
                iterations,
                settings.factors(),
                fitSeconds,
                fitSeconds / Math.max(1, iterations),
                parallelism,
                cpuSeconds);
        out.printf("peak heap during the fit: %s MB%n", ProgressLine.count(peakHeapBytes() >> 20));
        out.println("load average after the fit: " + Machine.loadAverage());
        out.println(Machine.describe());
        out.flush();
        return ExitCodes.COMPLETED;
    }

    /**
     * A count matrix shaped like listening data: every user has a different number of artists
     * (between 20% and 180% of the mean), artists are drawn with a long-tailed popularity (the
     * square of a uniform number, so low indices are played most), counts are mostly small with a
     * long tail. Exactly {@code nonZeros} distinct entries.
     */
    static SparseMatrix generate(int users, int artists, int nonZeros, long seed) {
        Random random = new Random(seed);
        int[] perUser = new int[users];
        int mean = nonZeros / users;
        int assigned = 0;
        for (int u = 0; u + 1 < users; u += 2) {
            // Pairs of users share out twice the mean, so the total stays exact.
            int spread = random.nextInt(Math.max(1, (int) (mean * 0.8)) + 1);
            perUser[u] = mean + spread;
            perUser[u + 1] = mean - spread;
            assigned += 2 * mean;
        }
        for (int u = users - 1; assigned < nonZeros; u = (u + users - 1) % users) {
            perUser[u]++;
            assigned++;
        }
        int[] rows = new int[nonZeros];
        int[] columns = new int[nonZeros];
        float[] values = new float[nonZeros];
        boolean[] taken = new boolean[artists];
        int n = 0;
        for (int u = 0; u < users; u++) {
            int first = n;
            int wanted = Math.min(perUser[u], artists);
            while (n - first < wanted) {
                double x = random.nextDouble();
                int artist = (int) (artists * x * x);
                if (!taken[artist]) {
                    taken[artist] = true;
                    rows[n] = u;
                    columns[n] = artist;
                    values[n] = 1 + (int) (-Math.log(1 - random.nextDouble()) * 8);
                    n++;
                }
            }
            for (int k = first; k < n; k++) {
                taken[columns[k]] = false;
            }
        }
        return SparseMatrix.of(users, artists, rows, columns, values, n);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
