package org.moomoo.jobs.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.jobs.launcher.ExitCodes;
import picocli.CommandLine;

/** {@code moomoo playlist}'s argument errors: one line, exit 2, before any database is touched. */
class PlaylistCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine commandLine = MoomooCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void aLengthThatIsNotANumberIsAUsageError() {
        int code = execute("playlist", "from-files", "Artist/Album", "n=twenty");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("moomoo: n='twenty' is not a whole number of at least 1")
                .doesNotContain("Exception");
    }

    @Test
    void aLengthOfZeroIsAUsageError() {
        int code = execute("playlist", "from-files", "Artist/Album", "n=0");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("n='0' is not a whole number of at least 1");
    }

    @Test
    void aNegativeSeedCountIsAUsageError() {
        int code = execute("playlist", "from-files", "Artist/Album", "seed=-1");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("seed='-1' is not a whole number of at least 0");
    }

    @Test
    void recencyWithoutAUsernameIsAUsageError() {
        int code = execute("playlist", "from-files", "Artist/Album", "recency=0.5");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("recency=0.5 needs username=NAME");
    }

    @Test
    void optionsAloneAreAUsageError() {
        int code = execute("playlist", "from-files", "n=5");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("give at least one PATH");
    }

    @Test
    void somethingThatIsNotAnMbidIsAUsageError() {
        int code = execute("playlist", "from-mbids", "not-a-uuid");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("'not-a-uuid' is not an MBID");
    }

    @Test
    void helpListsBothWaysToStart() {
        int code = execute("playlist", "--help");

        assertThat(code).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out.toString()).contains("from-files", "from-mbids");
    }
}
