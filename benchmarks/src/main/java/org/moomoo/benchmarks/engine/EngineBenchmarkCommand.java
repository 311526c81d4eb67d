package org.moomoo.benchmarks.engine;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.moomoo.jobs.launcher.ExitCodes;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench engine} (or {@code bench jmh}): {@link SimilarityEngineBenchmark} under JMH
 * with short defaults (one fork, three warm-up and five measured iterations of one second per
 * case), which JMH prints as it goes and sums up in its table.
 */
@Command(
        name = "engine",
        aliases = "jmh",
        mixinStandardHelpOptions = true,
        description = "JMH: the similarity engine on an in-memory library (ms per playlist and per 2,000-row stream).")
public final class EngineBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--tracks", defaultValue = "100000", description = "library size (default ${DEFAULT-VALUE})")
    int tracks;

    @Option(
            names = "--seeds",
            split = ",",
            defaultValue = "1,10",
            description = "seed counts, comma-separated (default ${DEFAULT-VALUE})")
    int[] seeds;

    @Option(names = "--forks", defaultValue = "1", description = "JVMs per case (default ${DEFAULT-VALUE})")
    int forks;

    @Option(names = "--warmups", defaultValue = "3", description = "warm-up iterations (default ${DEFAULT-VALUE})")
    int warmups;

    @Option(names = "--iterations", defaultValue = "5", description = "measured iterations (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--seconds", defaultValue = "1", description = "seconds per iteration (default ${DEFAULT-VALUE})")
    int seconds;

    @Override
    public Integer call() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(SimilarityEngineBenchmark.class.getName())
                .param("tracks", Integer.toString(tracks))
                .param("seeds", Arrays.stream(seeds).mapToObj(Integer::toString).toArray(String[]::new))
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .build();
        new Runner(options).run();
        return ExitCodes.COMPLETED;
    }
}
