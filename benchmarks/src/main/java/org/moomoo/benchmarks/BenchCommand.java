package org.moomoo.benchmarks;

import org.moomoo.benchmarks.als.AlsBenchmark;
import org.moomoo.benchmarks.dumps.DumpsBenchmark;
import org.moomoo.benchmarks.embed.EmbedBenchmark;
import org.moomoo.benchmarks.engine.EngineBenchmarkCommand;
import org.moomoo.benchmarks.evaluate.EvaluateBenchmark;
import org.moomoo.benchmarks.listensimport.ListensImportBenchmark;
import org.moomoo.benchmarks.localfiles.LocalFilesBenchmark;
import org.moomoo.benchmarks.models.ModelsBenchmark;
import org.moomoo.benchmarks.path.SongPathBenchmark;
import org.moomoo.benchmarks.playlist.ApiBenchmark;
import org.moomoo.benchmarks.playlist.PlaylistBenchmark;
import org.moomoo.benchmarks.startup.StartupBenchmark;
import org.moomoo.benchmarks.web.WebBenchmark;
import org.moomoo.jobs.cli.MoomooCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code moomoo bench}: benchmarks that print figures, end to end on generated data in a scratch
 * database, and the engine's hot path under JMH. {@link #main} runs the jobs command line with
 * {@code bench} added, so that errors and exit codes are those of every other command.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Run a benchmark on generated data and print its figures.",
        subcommands = {
            LocalFilesBenchmark.class,
            ListensImportBenchmark.class,
            EmbedBenchmark.class,
            ModelsBenchmark.class,
            EvaluateBenchmark.class,
            PlaylistBenchmark.class,
            ApiBenchmark.class,
            SongPathBenchmark.class,
            EngineBenchmarkCommand.class,
            StartupBenchmark.class,
            AlsBenchmark.class,
            WebBenchmark.class,
            DumpsBenchmark.class
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(
                MoomooCommand.commandLine().addSubcommand(new BenchCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
