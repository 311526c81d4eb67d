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
import org.moomoo.client.ClientRun;
import org.moomoo.client.ClientRun.Result;
import org.moomoo.client.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FromPathCommandTest {

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
    void sendsOneFileRelativeToTheLibrary() throws Exception {
        server.enqueue(Fixtures.ok("from-files-seed-and-neighbours.json"));
        Path seed = file("Artist A/Album/01 Seed.flac");

        Result result = ClientRun.against(server, library).run("from-path", seed.toString());

        assertThat(result.exitCode()).isZero();
        HttpUrl url = requested();
        assertThat(url.encodedPath()).isEqualTo("/playlist/from-files");
        assertThat(url.queryParameterNames()).containsExactly("path");
        assertThat(url.queryParameterValues("path")).containsExactly("Artist A/Album/01 Seed.flac");
    }

    @Test
    void sendsSeveralFilesAsRepeatedPathsInOrder() throws Exception {
        server.enqueue(Fixtures.ok("from-files-seed-and-neighbours.json"));
        Path first = file("b/2.mp3");
        Path second = file("a/1.mp3");

        ClientRun.against(server, library).run("from-path", first.toString(), second.toString());

        assertThat(requested().queryParameterValues("path")).containsExactly("b/2.mp3", "a/1.mp3");
    }

    @Test
    void sendsAFolderAlone() throws Exception {
        server.enqueue(Fixtures.ok("from-files-seed-and-neighbours.json"));
        file("Artist A/Album/01.flac");

        ClientRun.against(server, library)
                .run("from-path", library.resolve("Artist A").toString());

        assertThat(requested().queryParameterValues("path")).containsExactly("Artist A");
    }

    @Test
    void sendsNoGeneratorParameterUnlessGiven() throws Exception {
        server.enqueue(Fixtures.ok("from-files-seed-and-neighbours.json"));

        ClientRun.against(server, library).run("from-path", file("a.mp3").toString());

        assertThat(requested().queryParameterNames()).containsExactly("path");
    }

    @Test
    void sendsLengthSeedsUsernameAndRecencyWhenGiven() throws Exception {
        server.enqueue(Fixtures.ok("from-files-seed-and-neighbours.json"));

        ClientRun.against(server, library)
                .run(
                        "from-path",
                        file("a.mp3").toString(),
                        "-n",
                        "30",
                        "--seeds",
                        "2",
                        "--username",
                        "rob",
                        "--recency",
                        "0.5");

        HttpUrl url = requested();
        assertThat(url.queryParameter("n")).isEqualTo("30");
        assertThat(url.queryParameter("seed")).isEqualTo("2");
        assertThat(url.queryParameter("username")).isEqualTo("rob");
        assertThat(url.queryParameter("recency")).isEqualTo("0.5");
    }

    @Test
    void printsTheServersTracksUnderTheLibrary() throws Exception {
        server.enqueue(Fixtures.ok("from-files-seed-and-neighbours.json"));

        Result result = ClientRun.against(server, library)
                .run("from-path", file("a.mp3").toString(), "--out=json");

        JsonNode json = JsonMapper.builder().build().readTree(result.lastLine());
        assertThat(json.get("playlist")
                        .valueStream()
                        .map(track -> track.get("filepath").stringValue()))
                .containsExactly(
                        library.resolve("Artist A/Album/01 Seed.flac").toString(),
                        library.resolve("Artist B/Other/02 Near & Far.mp3").toString(),
                        library.resolve("Loose/untagged.ogg").toString());
        assertThat(json.get("playlist").get(0).get("track_length_seconds").asInt())
                .isEqualTo(200);
    }

    @Test
    void refusesAPathThatDoesNotExistBeforeAnyRequest() {
        Path missing = library.resolve("missing.mp3");

        Result result = ClientRun.against(server, library).run("from-path", missing.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("moomoo-client: " + missing + " does not exist\n");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refusesAPathOutsideTheLibrary(@TempDir Path elsewhere) throws Exception {
        Path outside = Files.createFile(elsewhere.resolve("x.mp3"));

        Result result = ClientRun.against(server, library).run("from-path", outside.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("is outside the media library");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refusesTheLibraryItself() {
        Result result = ClientRun.against(server, library).run("from-path", library.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("the media library itself cannot be a source path");
    }

    @Test
    void refusesSeveralPathsThatAreNotAllFiles() throws Exception {
        Path folder = Files.createDirectories(library.resolve("folder"));

        Result result = ClientRun.against(server, library)
                .run("from-path", file("a.mp3").toString(), folder.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("several paths must all be files");
    }

    @Test
    void needsTheMediaLibraryVariable() throws Exception {
        Path track = file("a.mp3");

        Result result = ClientRun.against(server, library)
                .without("MOOMOO_MEDIA_LIBRARY")
                .run("from-path", track.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith("moomoo-client: MOOMOO_MEDIA_LIBRARY is not set");
    }

    @Test
    void needsAtLeastOnePath() {
        Result result = ClientRun.against(server, library).run("from-path");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required parameter: 'PATH'");
    }
}
