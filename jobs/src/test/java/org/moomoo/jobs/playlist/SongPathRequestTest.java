package org.moomoo.jobs.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.cli.CommandRun;
import org.moomoo.jobs.launcher.ExitCodes;

/** {@code moomoo playlist path}'s arguments, and its usage errors: one line, exit 2, before any database. */
class SongPathRequestTest {

    @Test
    void takesTwoEndsAndALengthInAnyOrder() {
        assertThat(SongPathRequest.parse(List.of("n=7", "A/1.flac", "./n=odd/2.flac/")))
                .isEqualTo(new SongPathRequest("A/1.flac", "n=odd/2.flac", 7));
        assertThat(SongPathRequest.parse(List.of("A/1.flac", "B/2.flac")).n()).isEqualTo(20);
    }

    @Test
    void oneEndIsAUsageError() {
        CommandRun run = CommandRun.of("playlist", "path", "A/1.flac");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .startsWith("moomoo: give two files, FROM and TO, relative to the library; got 1 path")
                .doesNotContain("Exception");
    }

    @Test
    void threeEndsAreAUsageError() {
        CommandRun run = CommandRun.of("playlist", "path", "a", "b", "c");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("give two files, FROM and TO, relative to the library; got 3 paths");
    }

    @Test
    void aLengthBelowTwoIsAUsageError() {
        CommandRun run = CommandRun.of("playlist", "path", "a", "b", "n=1");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("n='1' is not a whole number of at least 2 (a path has its two ends)");
    }

    @Test
    void anotherOptionIsAUsageError() {
        CommandRun run = CommandRun.of("playlist", "path", "a", "b", "seed=2");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .contains("'seed=2' is not an option: the only option is n (the length); a path that starts like an"
                        + " option is written ./seed=2");
    }

    @Test
    void anUpperCaseLengthIsAUsageErrorWithTheFix() {
        CommandRun run = CommandRun.of("playlist", "path", "a", "b", "N=5");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'N=5' is not an option: did you mean n=5?");
    }

    @Test
    void playlistHelpListsPath() {
        CommandRun run = CommandRun.of("playlist", "--help");

        assertThat(run.code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(run.out()).contains("path");
    }
}
