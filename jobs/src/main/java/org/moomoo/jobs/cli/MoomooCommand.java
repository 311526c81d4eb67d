package org.moomoo.jobs.cli;

import org.moomoo.jobs.JobsContext;
import org.moomoo.jobs.embed.EmbedOneCommand;
import org.moomoo.jobs.evaluate.EvaluateCommand;
import org.moomoo.jobs.faststart.CdsTrainingRun;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.models.ModelsCommand;
import org.moomoo.jobs.playlist.PlaylistCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line: {@code jobs}, {@code models}, {@code playlist}, {@code evaluate}, {@code embed-one} (and the
 * hidden {@code cds-training}); the benchmarks jar adds {@code bench}.
 */
@Command(
        name = "moomoo",
        mixinStandardHelpOptions = true,
        version = "moomoo 0.1.0",
        description = "Self-hosted music recommendations: ingest, embed, model and build playlists.",
        subcommands = {
            JobsCommand.class,
            ModelsCommand.class,
            PlaylistCommand.class,
            EvaluateCommand.class,
            EmbedOneCommand.class,
            CdsTrainingRun.class
        })
public final class MoomooCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The entry point of the jar: parses the command line; Spring starts only for the commands that need it. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with moomoo's exit codes and one-line error messages. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MoomooCommand());
        commandLine.setExitCodeExceptionMapper(
                failure -> failure instanceof JobsContext.DatabaseUnavailable ? ExitCodes.DATABASE : ExitCodes.FAILED);
        commandLine.setExecutionExceptionHandler((failure, line, parseResult) -> {
            line.getErr().println("moomoo: " + failure.getMessage());
            if (failure instanceof JobsContext.DatabaseUnavailable) {
                return ExitCodes.DATABASE;
            }
            if (failure instanceof org.moomoo.jobs.launcher.JobControl.UsageException) {
                return ExitCodes.USAGE;
            }
            return ExitCodes.FAILED;
        });
        commandLine.setParameterExceptionHandler((failure, args) -> {
            CommandLine line = failure.getCommandLine();
            line.getErr().println("moomoo: " + failure.getMessage());
            line.getErr().println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for the usage.");
            return ExitCodes.USAGE;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
