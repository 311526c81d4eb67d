package org.moomoo.jobs.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moomoo.jobs.cli.CommandRun;
import org.moomoo.jobs.launcher.ExitCodes;

/** {@code moomoo playlist}'s argument errors: one line, exit 2, before any database is touched. */
class PlaylistCommandTest {

    @Test
    void aLengthThatIsNotANumberIsAUsageError() {
        CommandRun run = CommandRun.of("playlist", "from-files", "Artist/Album", "n=twenty");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .startsWith("moomoo: n='twenty' is not a whole number of at least 1")
                .doesNotContain("Exception");
    }

    @Test
    void aLengthOfZeroIsAUsageError() {
        CommandRun run = CommandRun.of("playlist", "from-files", "Artist/Album", "n=0");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("n='0' is not a whole number of at least 1");
    }

    @Test
    void aNegativeSeedCountIsAUsageError() {
        CommandRun run = CommandRun.of("playlist", "from-files", "Artist/Album", "seed=-1");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("seed='-1' is not a whole number of at least 0");
    }

    @Test
    void recencyWithoutAUsernameIsAUsageError() {
        CommandRun run = CommandRun.of("playlist", "from-files", "Artist/Album", "recency=0.5");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("recency=0.5 needs username=NAME");
    }

    @Test
    void aMistypedOptionIsAUsageErrorEvenBesideAPath() {
        CommandRun run = CommandRun.of("playlist", "from-files", "Artist/Album", "colour=blue");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .isEqualTo("moomoo: 'colour=blue' is not an option:"
                        + " the options are n, seed, username, recency; a path that starts like an option is written"
                        + " ./colour=blue");
    }

    @Test
    void optionsAloneAreAUsageError() {
        CommandRun run = CommandRun.of("playlist", "from-files", "n=5");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("give at least one PATH");
    }

    @Test
    void somethingThatIsNotAnMbidIsAUsageError() {
        CommandRun run = CommandRun.of("playlist", "from-mbids", "not-a-uuid");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'not-a-uuid' is not an MBID");
    }

    @Test
    void helpListsBothWaysToStart() {
        CommandRun run = CommandRun.of("playlist", "--help");

        assertThat(run.code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(run.out()).contains("from-files", "from-mbids");
    }
}
