package org.moomoo.jobs.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.testing.AnalyticJobTest;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code moomoo playlist path} end to end on the database: six files on a line, each by its own
 * artist, one without a vector, and what the command prints for them.
 */
@AnalyticJobTest
class SongPathCommandTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CurrentSnapshot snapshot;

    @Autowired
    ApplicationContext context;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void library() {
        AnalyticRows tables = new AnalyticRows(jdbc).clear();
        for (int i = 0; i <= 5; i++) {
            tables.embeddedFile("Line/" + i + ".flac", UUID.randomUUID(), i, 0);
        }
        tables.unembeddedFile("Line/intro.ogg", 30).published();
        snapshot.refresh();
    }

    private int run(String... arguments) {
        return SongPathCommand.run(
                context,
                SongPathRequest.parse(List.of(arguments).subList(0, arguments.length - 1)),
                arguments[arguments.length - 1].equals("json"),
                new PrintWriter(out),
                new PrintWriter(err));
    }

    @Test
    void printsEachStepAndPathFromOneEndToTheOther() {
        int code = run("Line/0.flac", "Line/5.flac", "n=6", "text");

        assertThat(code).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out.toString())
                .isEqualTo("start     Line/0.flac\n1.0000    Line/1.flac\n1.0000    Line/2.flac\n"
                        + "1.0000    Line/3.flac\n1.0000    Line/4.flac\n1.0000    Line/5.flac\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsCompactJsonWithTheStepOfEachTrackAfterTheFirst() {
        int code = run("Line/5.flac", "Line/3.flac", "n=3", "json");

        assertThat(code).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out.toString())
                .startsWith("[{\"filepath\":\"Line/5.flac\",")
                .contains("{\"filepath\":\"Line/4.flac\",", "\"match_distance\":0.0,\"is_seed\":false,\"step\":1.0}")
                .endsWith("\"is_seed\":true,\"step\":1.0}]\n");
    }

    @Test
    void warnsWhenTheLibraryHasFewerTracksThanAskedFor() {
        int code = run("Line/0.flac", "Line/5.flac", "text");

        assertThat(code).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out.toString().lines()).hasSize(6);
        assertThat(err.toString())
                .isEqualTo("moomoo: warning: found 6 of the 20 tracks asked for (n=20): the library has no more"
                        + " embedded tracks that fit between the ends within 2 per artist\n");
    }

    @Test
    void anEndOutsideTheLibraryFails() {
        int code = run("Line/0.flac", "Line/9.flac", "text");

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString())
                .isEqualTo("moomoo: no file of the library is at Line/9.flac (paths are relative to the library)\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anEndWithoutAVectorFailsSayingWhy() {
        int code = run("Line/intro.ogg", "Line/5.flac", "text");

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString())
                .startsWith("moomoo: Line/intro.ogg cannot be an end of a path: it has no vector yet");
    }

    @Test
    void theSameFileTwiceFails() {
        int code = run("Line/2.flac", "./Line/2.flac/", "text");

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString())
                .isEqualTo("moomoo: from and to are the same file, Line/2.flac; a path needs two different tracks\n");
    }
}
