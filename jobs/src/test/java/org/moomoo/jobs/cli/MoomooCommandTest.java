package org.moomoo.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.launcher.ExitCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line's own behaviour, where no database is needed. */
class MoomooCommandTest {

    @Test
    void helpExplainsTheJobsCommandsAndExitCodes() {
        CommandRun run = CommandRun.of("jobs", "--help");

        assertThat(run.code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(run.out()).contains("list", "run", "restart", "status", "3 already running");
    }

    @Test
    void listShowsEveryJobWithItsParameters() {
        CommandRun run = CommandRun.of("jobs", "list");

        assertThat(run.code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(run.out()).contains("local-files", "library=", "(required)", "build-models", "select=");
    }

    @Test
    void runWithoutAJobNameIsAUsageError() {
        CommandRun run = CommandRun.of("jobs", "run");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing required parameter: 'NAME'").contains("jobs run --help");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CommandRun run = CommandRun.of("jbos");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unmatched argument");
    }

    @Test
    void statusRefusesANonPositiveLimitBeforeTouchingTheDatabase() {
        CommandRun run = CommandRun.of("jobs", "status", "--limit", "0");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--limit must be at least 1");
    }

    @Test
    void embedOnePrintsTheVectorAsJsonWithoutADatabase(@TempDir Path folder) throws IOException {
        // given
        Path flac = folder.resolve("song.flac");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/audio/tagged.flac")) {
            Files.copy(in, flac);
        }

        // when
        CommandRun run = CommandRun.of("embed-one", flac.toString());

        // then
        assertThat(run.code()).isEqualTo(ExitCodes.COMPLETED);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("embedder").asString()).isEqualTo("sonic-v1");
        assertThat(json.get("vector").size())
                .isEqualTo(json.get("dimension").asInt())
                .isEqualTo(178);
        assertThat(json.get("duration_seconds").asDouble()).isPositive();
    }

    @Test
    void embedOneOfABadFileFailsWithTheReason(@TempDir Path folder) throws IOException {
        Path text = folder.resolve("notes.mp3");
        Files.writeString(text, "this is not audio");

        CommandRun run = CommandRun.of("embed-one", text.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).startsWith("moomoo: cannot embed " + text + ": ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void embedOneOfAMissingFileIsAUsageError() {
        CommandRun run = CommandRun.of("embed-one", "/no/such/file.flac");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no such file: /no/such/file.flac");
    }
}
