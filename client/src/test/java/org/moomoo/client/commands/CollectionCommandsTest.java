package org.moomoo.client.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moomoo.client.ClientRun;
import org.moomoo.client.ClientRun.Result;
import org.moomoo.client.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The five collection commands: their routes, the username and the original's end-to-end test (spec 8.8). */
class CollectionCommandsTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path library;

    // every command with a one-playlist answer and "0" typed at the menu, as the original's test
    @ParameterizedTest
    @CsvSource({
        "loved, /playlist/loved/username",
        "revisit-tracks, /playlist/revisit-tracks/username",
        "revisit-releases, /playlist/revisit-releases/username",
        "suggest-artists, /playlist/suggest/by-artist/username",
        "smart-mix, /playlist/suggest/smart-mix/username",
    })
    void readsItsRouteAndPrintsTheTracksUnderTheLibrary(String command, String path) throws Exception {
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));

        Result result = ClientRun.against(server, library).input("0\n").run(command, "username", "--out=json");

        assertThat(result.exitCode()).isZero();
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo(path);
        JsonNode json = JsonMapper.builder().build().readTree(result.lastLine());
        assertThat(json.get("playlist")
                        .valueStream()
                        .map(track -> track.get("filepath").stringValue()))
                .containsExactly(
                        library.resolve("a").toString(), library.resolve("b").toString());
        assertThat(json.get("description").stringValue()).isEqualTo("aaa");
    }

    @Test
    void passesEachTracksReasonThroughToTheJsonOutput() throws Exception {
        server.enqueue(Fixtures.ok("loved-with-reasons.json"));

        Result result = ClientRun.against(server, library).input("0\n").run("loved", "username", "--out=json");

        assertThat(result.exitCode()).isZero();
        JsonNode tracks =
                JsonMapper.builder().build().readTree(result.lastLine()).get("playlist");
        JsonNode reason = tracks.get(0).get("reason");
        assertThat(reason.get("kind").stringValue()).isEqualTo("loved");
        assertThat(reason.get("text").stringValue()).isEqualTo("loved on 2024-03-02");
        assertThat(reason.get("loved_on").stringValue()).isEqualTo("2024-03-02");
        // A track stored before reasons has none, and the output has no reason key for it.
        assertThat(tracks.get(1).has("reason")).isFalse();
    }

    @Test
    void takesTheUsernameFromListenBrainzUsername() throws Exception {
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));

        ClientRun.against(server, library).env("LISTENBRAINZ_USERNAME", "rob").run("loved");

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/playlist/loved/rob");
    }

    @Test
    void anArgumentWinsOverListenBrainzUsername() throws Exception {
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));

        ClientRun.against(server, library).env("LISTENBRAINZ_USERNAME", "rob").run("loved", "ann");

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/playlist/loved/ann");
    }

    @Test
    void escapesTheUsernameAsOnePathSegment() throws Exception {
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));

        ClientRun.against(server, library).run("loved", "a/b c");

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/playlist/loved/a%2Fb%20c");
    }

    @Test
    void withoutAnyUsernameIsAUsageError() {
        Result result = ClientRun.against(server, library).run("loved");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("give a USERNAME or set LISTENBRAINZ_USERNAME");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anAnswerWithoutPlaylistsIsAServerError() {
        server.enqueue(Fixtures.ok("empty-collection-answer.json"));

        Result result = ClientRun.against(server, library).run("revisit-tracks", "bob");

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).isEqualTo("moomoo-client: the server sent no playlist for bob\n");
    }

    @Test
    void theOriginalsPlaylistGroupStillWorks() throws Exception {
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));

        Result result = ClientRun.against(server, library).run("playlist", "loved", "bob");

        assertThat(result.exitCode()).isZero();
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/playlist/loved/bob");
    }
}
