package org.moomoo.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import picocli.CommandLine;

/** The command line's own behaviour, before any database is needed. */
class MoomooCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine commandLine = MoomooCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void helpExplainsTheJobsCommandsAndExitCodes() {
        int code = execute("jobs", "--help");

        assertThat(code).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out.toString()).contains("list", "run", "restart", "status", "3 already running");
    }

    @Test
    void runWithoutAJobNameIsAUsageError() {
        int code = execute("jobs", "run");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Missing required parameter: 'NAME'").contains("jobs run --help");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        int code = execute("jbos");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unmatched argument");
    }

    @Test
    void statusRefusesANonPositiveLimitBeforeTouchingTheDatabase() {
        int code = execute("jobs", "status", "--limit", "0");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--limit must be at least 1");
    }
}
