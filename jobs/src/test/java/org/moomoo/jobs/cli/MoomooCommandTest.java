package org.moomoo.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.launcher.ExitCodes;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line's own behaviour, where no database is needed. */
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

    @Test
    void embedOnePrintsTheVectorAsJsonWithoutADatabase(@TempDir Path folder) throws IOException {
        // given
        Path flac = folder.resolve("song.flac");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/audio/tagged.flac")) {
            Files.copy(in, flac);
        }

        // when
        int code = execute("embed-one", flac.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.COMPLETED);
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("embedder").asString()).isEqualTo("sonic-v1");
        assertThat(json.get("vector").size()).isEqualTo(json.get("dimension").asInt()).isEqualTo(178);
        assertThat(json.get("duration_seconds").asDouble()).isPositive();
    }

    @Test
    void embedOneOfABadFileFailsWithTheReason(@TempDir Path folder) throws IOException {
        Path text = folder.resolve("notes.mp3");
        Files.writeString(text, "this is not audio");

        int code = execute("embed-one", text.toString());

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).startsWith("moomoo: cannot embed " + text + ": ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void embedOneOfAMissingFileIsAUsageError() {
        int code = execute("embed-one", "/no/such/file.flac");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no such file: /no/such/file.flac");
    }
}
