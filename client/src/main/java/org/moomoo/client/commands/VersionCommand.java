package org.moomoo.client.commands;

import java.util.concurrent.Callable;
import org.moomoo.client.ClientVersion;
import org.moomoo.client.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code version [--server]}: the client's version, and the server's on request. */
@Command(
        name = "version",
        description = "Print the client's version (and with --server the server's, from $MOOMOO_HOST).")
final class VersionCommand implements Callable<Integer> {

    @Option(names = "--server", description = "also ask the server at $MOOMOO_HOST for its version")
    boolean server;

    private final ClientContext context;

    VersionCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.out().println("moomoo-client " + ClientVersion.current());
        if (server) {
            context.out().println("server " + context.api().version());
        }
        context.out().flush();
        return ExitCode.OK.code();
    }
}
