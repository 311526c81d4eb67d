package org.moomoo.client.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;

/**
 * Builds the command line: the playlist commands at the top (and under the hidden {@code playlist}
 * group, the original's spelling), {@code version}, and on every command's help the environment
 * variables and exit codes. A failure prints one line on standard error, never a stack trace.
 */
public final class CommandTree {

    private static final List<Function<ClientContext, Object>> PLAYLIST_COMMANDS = List.of(
            FromPathCommand::new,
            FromMbidsCommand::new,
            PathCommand::new,
            LovedCommand::new,
            RevisitTracksCommand::new,
            RevisitReleasesCommand::new,
            SuggestArtistsCommand::new,
            SmartMixCommand::new);

    private static final String[] ENVIRONMENT = {
        "",
        "Environment:",
        "  MOOMOO_HOST            the server's URL, e.g. http://127.0.0.1:5000",
        "  MOOMOO_MEDIA_LIBRARY   the music library's folder on this machine",
        "  MOOMOO_API_TOKEN       the server's token, sent as a bearer token, never shown",
        "  MOOMOO_HTTP_TIMEOUT    seconds one request may take (default 60)",
        "  LISTENBRAINZ_USERNAME  the default USERNAME%n",
    };

    private CommandTree() {}

    public static CommandLine build(ClientContext context) {
        CommandLine root = new CommandLine(new RootCommand());
        CommandLine group = new CommandLine(new PlaylistGroupCommand());
        for (Function<ClientContext, Object> command : PLAYLIST_COMMANDS) {
            root.addSubcommand(command.apply(context));
            group.addSubcommand(command.apply(context));
        }
        root.addSubcommand(new VersionCommand(context));
        root.addSubcommand(group);
        root.setOut(context.out());
        root.setErr(context.err());
        root.setExecutionExceptionHandler(failureHandler(context));
        describe(root);
        return root;
    }

    /** The same help sections on every command: --help on a subcommand tells the whole story. */
    private static void describe(CommandLine command) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(Integer.toString(code.code()), code.meaning());
        }
        command.getCommandSpec()
                .usageMessage()
                .footer(ENVIRONMENT)
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(codes);
        command.getCommandSpec().mixinStandardHelpOptions(true).versionProvider(new RootCommand.Version());
        command.getSubcommands().values().forEach(CommandTree::describe);
    }

    private static IExecutionExceptionHandler failureHandler(ClientContext context) {
        return (exception, commandLine, parseResult) -> {
            if (exception instanceof ClientFailure failure) {
                context.notice(failure.getMessage());
                return failure.exitCode().code();
            }
            context.notice("unexpected error: " + exception.getMessage());
            return ExitCode.SOFTWARE.code();
        };
    }
}
