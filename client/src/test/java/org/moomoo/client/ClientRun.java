package org.moomoo.client;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.moomoo.client.commands.ClientContext;
import org.moomoo.client.commands.CommandTree;

/**
 * Runs the client as {@code main} would, with its own environment, standard input, fake player and
 * sleeper, and captures the exit code and both outputs.
 */
public final class ClientRun {

    /** The rendering time of every test playlist: 2026-12-01 11:00 at UTC+1. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.ofHours(1));

    private final Map<String, String> environment = new HashMap<>();
    private String input = "";
    private RecordingLauncher launcher = RecordingLauncher.installed();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    /** A run against this server, with this folder as the media library. */
    public static ClientRun against(MockWebServer server, Path library) {
        return new ClientRun()
                .env(ClientSettings.HOST, server.url("/").toString())
                .env(ClientSettings.MEDIA_LIBRARY, library.toString());
    }

    /** A run with no variable set. */
    public static ClientRun bare() {
        return new ClientRun();
    }

    public ClientRun env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public ClientRun without(String name) {
        environment.remove(name);
        return this;
    }

    public ClientRun input(String text) {
        input = text;
        return this;
    }

    public ClientRun launcher(RecordingLauncher newLauncher) {
        launcher = newLauncher;
        return this;
    }

    public RecordingLauncher launcher() {
        return launcher;
    }

    public RecordingSleeper sleeper() {
        return sleeper;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ClientContext context = new ClientContext(
                environment,
                new BufferedReader(new StringReader(input)),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                launcher,
                sleeper,
                CLOCK);
        int code = CommandTree.build(context).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** What a run printed and how it ended. */
    public record Result(int exitCode, String out, String err) {

        /** The last line on standard output: the rendered playlist of the json format. */
        public String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }
}
