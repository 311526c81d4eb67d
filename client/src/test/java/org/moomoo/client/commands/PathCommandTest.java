package org.moomoo.client.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moomoo.client.ClientRun;
import org.moomoo.client.ClientRun.Result;
import org.moomoo.client.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PathCommandTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path library;

    private Path file(String relative) throws Exception {
        Path file = library.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.createFile(file);
    }

    private HttpUrl requested() throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        return request.getUrl();
    }

    @Test
    void sendsBothEndsRelativeToTheLibraryAndNoLengthUnlessGiven() throws Exception {
        server.enqueue(Fixtures.ok("path-three-tracks.json"));
        Path from = file("Artist A/Album/01 Start.flac");
        Path to = file("Artist C/Far/03 End.ogg");

        Result result = ClientRun.against(server, library).run("path", from.toString(), to.toString());

        assertThat(result.exitCode()).isZero();
        HttpUrl url = requested();
        assertThat(url.encodedPath()).isEqualTo("/playlist/path");
        assertThat(url.queryParameterNames()).containsExactly("from", "to");
        assertThat(url.queryParameter("from")).isEqualTo("Artist A/Album/01 Start.flac");
        assertThat(url.queryParameter("to")).isEqualTo("Artist C/Far/03 End.ogg");
    }

    @Test
    void sendsTheLengthWhenGiven() throws Exception {
        server.enqueue(Fixtures.ok("path-three-tracks.json"));

        ClientRun.against(server, library)
                .run("path", file("a.flac").toString(), file("b.flac").toString(), "-n", "12");

        assertThat(requested().queryParameter("n")).isEqualTo("12");
    }

    @Test
    void printsTheServersTracksUnderTheLibraryInOrder() throws Exception {
        server.enqueue(Fixtures.ok("path-three-tracks.json"));

        Result result = ClientRun.against(server, library)
                .run("path", file("a.flac").toString(), file("b.flac").toString(), "--out=json");

        JsonNode json = JsonMapper.builder().build().readTree(result.lastLine());
        assertThat(json.get("playlist")
                        .valueStream()
                        .map(track -> track.get("filepath").stringValue()))
                .containsExactly(
                        library.resolve("Artist A/Album/01 Start.flac").toString(),
                        library.resolve("Artist B/Other/02 Between.mp3").toString(),
                        library.resolve("Artist C/Far/03 End.ogg").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xspf", "m3u8", "jspf"})
    void printsEveryFormat(String format) throws Exception {
        server.enqueue(Fixtures.ok("path-three-tracks.json"));

        Result result = ClientRun.against(server, library)
                .run("path", file("a.flac").toString(), file("b.flac").toString(), "--out", format);

        assertThat(result.exitCode()).isZero();
        // XSPF and JSPF percent-encode the space of the location; m3u8 prints the path as it is.
        String last = library.resolve("Artist C/Far/03 End.ogg").toString();
        assertThat(result.out()).containsAnyOf(last, last.replace(" ", "%20"));
    }

    @Test
    void strawberryLoadsThePath() throws Exception {
        server.enqueue(Fixtures.ok("path-three-tracks.json"));
        ClientRun run = ClientRun.against(server, library);

        Result result =
                run.run("path", file("a.flac").toString(), file("b.flac").toString(), "--out", "strawberry");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEqualTo("moomoo-client: handed 3 tracks to Strawberry\n");
        assertThat(run.launcher().loadedFiles().get(0)).contains("01%20Start.flac</location>");
    }

    @Test
    void showsTheServersReasonWhenItRefusesAnEnd() throws Exception {
        server.enqueue(Fixtures.answer(422, "error-422-path-end-without-vector.json"));

        Result result = ClientRun.against(server, library)
                .run("path", file("Loose/intro.ogg").toString(), file("b.flac").toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("HTTP 422").contains("The file Loose/intro.ogg has no usable vector yet");
    }

    @Test
    void refusesAnEndThatDoesNotExistBeforeAnyRequest() throws Exception {
        Path missing = library.resolve("missing.flac");

        Result result =
                ClientRun.against(server, library).run("path", file("a.flac").toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("moomoo-client: " + missing + " does not exist\n");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refusesAFolderAsAnEnd() throws Exception {
        Path folder = Files.createDirectories(library.resolve("Artist A"));

        Result result = ClientRun.against(server, library)
                .run("path", folder.toString(), file("b.flac").toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("is not a file; a path goes from one track to another");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void needsBothEnds() throws Exception {
        Result result =
                ClientRun.against(server, library).run("path", file("a.flac").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required parameter: 'TO'");
    }
}
