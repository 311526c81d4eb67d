package org.moomoo.benchmarks;

import java.lang.management.ManagementFactory;

/** What a benchmark ran on. */
public final class Machine {

    private Machine() {
    }

    /** The line every benchmark ends with: cores, Java, operating system, JVM flags. */
    public static String describe() {
        return String.format("machine: %d cores, Java %s, %s, JVM flags %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}
