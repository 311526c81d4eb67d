package org.moomoo.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a benchmark ran on. */
public final class Machine {

    private Machine() {}

    /** The line every benchmark ends with: cores, Java, operating system, JVM flags. */
    public static String describe() {
        return String.format(
                "machine: %d cores, Java %s, %s, JVM flags %s",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** The 1, 5 and 15-minute load averages: the figures mean little on a busy machine. */
    public static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return "unknown";
        }
        String[] fields = Files.readString(loadavg).trim().split("\\s+");
        return String.join(" ", List.of(fields).subList(0, 3));
    }
}
