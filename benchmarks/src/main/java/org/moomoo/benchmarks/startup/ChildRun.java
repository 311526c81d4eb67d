package org.moomoo.benchmarks.startup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.moomoo.database.DatabaseUri;

/**
 * One command run as a child process to completion: its wall time, and its CPU time as the kernel
 * counts it for children this process has waited for (the {@code cutime} and {@code cstime} of
 * {@code /proc/self/stat}), which includes every process the child waited for in turn.
 */
record ChildRun(double wallSeconds, double cpuSeconds) {

    private static final Path SELF_STAT = Path.of("/proc/self/stat");
    // The kernel's USER_HZ, the unit of /proc times: 100 on every Linux architecture Java runs on.
    private static final double TICKS_PER_SECOND = 100;

    /**
     * Runs {@code command} on {@code database} (as {@code MOOMOO_POSTGRES_URI}), its standard output
     * discarded.
     *
     * @throws IllegalStateException with the end of its standard error when it does not exit 0
     */
    static ChildRun time(List<String> command, DatabaseUri database) throws IOException, InterruptedException {
        File errors = File.createTempFile("moomoo-bench-startup", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors);
            builder.environment().put(DatabaseUri.ENV, database.jdbcUrlWithCredentials());
            double cpuBefore = childrenCpuSeconds();
            long started = System.nanoTime();
            int code = builder.start().waitFor();
            double wall = (System.nanoTime() - started) / 1e9;
            double cpu = childrenCpuSeconds() - cpuBefore;
            if (code != 0) {
                List<String> lines = Files.readAllLines(errors.toPath(), StandardCharsets.UTF_8);
                throw new IllegalStateException(String.join(" ", command.subList(1, command.size())) + " exited " + code
                        + ": " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
            }
            return new ChildRun(wall, cpu);
        } finally {
            Files.deleteIfExists(errors.toPath());
        }
    }

    /** "median  (min - max)" of {@code values}, NaN when the CPU time could not be read. */
    static String spread(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format(Locale.ROOT, "%6.2f  (%5.2f - %5.2f)", median, sorted.get(0), sorted.get(n - 1));
    }

    // User plus system time of the waited-for children, fields 16 and 17 of /proc/self/stat; NaN off Linux.
    private static double childrenCpuSeconds() throws IOException {
        if (!Files.isReadable(SELF_STAT)) {
            return Double.NaN;
        }
        String stat = Files.readString(SELF_STAT);
        // The fields after the command name, which is in parentheses and may hold spaces; the first is field 3.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
    }
}
