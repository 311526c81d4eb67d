package org.moomoo.client;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.moomoo.client.commands.ClientContext;
import org.moomoo.client.commands.CommandTree;
import org.moomoo.client.formats.PlayerLauncher;

/** The client's entry point: the real environment, terminal, player and clock. */
public final class ClientMain {

    private ClientMain() {}

    public static void main(String[] args) {
        ClientContext context = new ClientContext(
                System.getenv(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                PlayerLauncher.PROCESS,
                Sleeper.SYSTEM,
                Clock.systemDefaultZone());
        int status = CommandTree.build(context).execute(args);
        context.out().flush();
        context.err().flush();
        System.exit(status);
    }
}
