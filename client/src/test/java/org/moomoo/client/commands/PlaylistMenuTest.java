package org.moomoo.client.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.client.ClientRun;
import org.moomoo.client.ClientRun.Result;
import org.moomoo.client.Fixtures;

/** The menu of the multi-playlist commands, through smart-mix and its three-playlist answer. */
class PlaylistMenuTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path library;

    private Result smartMix(String input, String... options) {
        server.enqueue(Fixtures.ok("smart-mix-three-playlists.json"));
        String[] args = new String[options.length + 2];
        args[0] = "smart-mix";
        args[1] = "bob";
        System.arraycopy(options, 0, args, 2, options.length);
        return ClientRun.against(server, library).input(input).run(args);
    }

    @Test
    void listsEachPlaylistsTitleAndDescriptionInServerOrder() {
        Result result = smartMix("1\n");

        assertThat(result.out()).startsWith("""
                Choose a playlist:
                0: Smart Mix 1 - Tracks like Artist A, Artist B and Artist C
                1: Smart Mix 2 - Tracks like Artist D and Artist E
                2: Smart Mix 3
                Choice:\s""");
    }

    @Test
    void rendersTheChosenPlaylistLast() {
        Result result = smartMix("1\n");

        assertThat(result.exitCode()).isZero();
        assertThat(result.lastLine())
                .contains(library.resolve("mix2/c.flac").toString())
                .contains("Smart Mix 2");
    }

    @Test
    void asksAgainAfterAnAnswerThatIsNoNumberShown() {
        Result result = smartMix("x\n3\n-1\n2\n");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Type a number from 0 to 2.");
        assertThat(result.out().split("Choice: ", -1)).hasSize(5);
        assertThat(result.lastLine()).contains(library.resolve("mix3/d.flac").toString());
    }

    @Test
    void endOfInputWithoutAChoiceIsAUsageError() {
        Result result = smartMix("");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no playlist chosen").contains("--choice N");
    }

    @Test
    void choiceTakesAPlaylistWithoutTheMenu() {
        Result result = smartMix("", "--choice", "2");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain("Choose a playlist:");
        assertThat(result.lastLine()).contains(library.resolve("mix3/d.flac").toString());
    }

    @Test
    void aChoiceBeyondThePlaylistsIsAUsageError() {
        Result result = smartMix("", "--choice", "3");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("--choice 3 is not one of the playlists: the server sent 3, numbered from 0 to 2");
    }
}
