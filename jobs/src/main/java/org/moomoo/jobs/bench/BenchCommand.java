package org.moomoo.jobs.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code moomoo bench}: end-to-end benchmarks that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark on generated data in a scratch database and print its figures.",
        subcommands = {LocalFilesBenchmark.class, EmbedBenchmark.class, ModelsBenchmark.class,
                PlaylistBenchmark.class, StartupBenchmark.class, CdsTrainingRun.class, ApiBenchmark.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
