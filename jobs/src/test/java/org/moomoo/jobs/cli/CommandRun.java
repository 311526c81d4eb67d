package org.moomoo.jobs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the moomoo command line in this JVM: its exit code and what it printed to standard output and
 * standard error.
 */
public record CommandRun(int code, String out, String err) {

    /** Runs {@code moomoo args...} and captures both streams. */
    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = MoomooCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
