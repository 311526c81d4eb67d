package org.moomoo.jobs.progress;

import java.time.Duration;
import java.util.Locale;

/** Formats the one-line progress report and the end-of-step summary that long steps print. */
public final class ProgressLine {

    private ProgressLine() {}

    /**
     * A line such as {@code local-files read-tags  12,400/50,000  24.8%  310/s  ETA 2m31s}.
     * With an unknown total (negative) only the count and rate are shown.
     */
    public static String progress(String label, long done, long total, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder(label).append("  ").append(count(done));
        if (total >= 0) {
            line.append('/').append(count(total));
            double percent = total == 0 ? 100.0 : 100.0 * done / total;
            line.append(String.format(Locale.ROOT, "  %.1f%%", percent));
        }
        line.append("  ").append(rate(rate)).append("/s");
        if (total >= 0 && rate > 0) {
            line.append("  ETA ").append(duration(Duration.ofMillis((long) ((total - done) / rate * 1000))));
        }
        return line.toString();
    }

    /** A line such as {@code local-files read-tags COMPLETED  read 50,000  written 49,998  skipped 2  failed 0  in 2m41s}. */
    public static String summary(
            String label, String status, long read, long written, long skipped, long failed, Duration elapsed) {
        return label + " " + status + "  read " + count(read) + "  written " + count(written) + "  skipped "
                + count(skipped) + "  failed " + count(failed) + "  in " + duration(elapsed);
    }

    /** Thousands separated with commas, whatever the machine's locale. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Human duration: {@code 850ms}, {@code 12.3s}, {@code 2m31s}, {@code 1h02m}. */
    public static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
        }
        long s = ms / 1000;
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }

    private static String rate(double perSecond) {
        if (perSecond >= 100) {
            return count(Math.round(perSecond));
        }
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }
}
