package org.moomoo.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.client.ClientRun;
import org.moomoo.client.ClientRun.Result;
import org.moomoo.client.Fixtures;

/** Each way a request can fail: one line on standard error, nothing on standard output, a distinct exit code. */
class ServerErrorsTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path library;

    private Result loved() {
        return ClientRun.against(server, library).run("loved", "bob");
    }

    private static void assertOneLine(Result result) {
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("moomoo-client: ").endsWith("\n");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void a500ShowsTheEnvelopesMessage() {
        server.enqueue(Fixtures.answer(500, "error-500.json"));

        Result result = loved();

        assertThat(result.exitCode()).isEqualTo(6);
        assertOneLine(result);
        assertThat(result.err())
                .isEqualTo("moomoo-client: the server answered HTTP 500 for " + server.url("/playlist/loved/bob")
                        + ": test\n");
    }

    @Test
    void anUnknownCollectionShowsTheServersReason() {
        server.enqueue(Fixtures.answer(404, "error-404-unknown-collection.json"));

        Result result = loved();

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err())
                .endsWith(": no loved-tracks collection for user bob; run the loved-tracks job for bob first\n");
    }

    @Test
    void aBadParameterShowsTheServersReason() {
        server.enqueue(Fixtures.answer(400, "error-400-bad-length.json"));

        Result result =
                ClientRun.against(server, library).run("from-mbids", "5b11f4ce-a62d-471e-81fc-a69a8278c7da", "-n", "0");

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err())
                .endsWith("HTTP 400 for " + server.url("/playlist/from-mbids")
                        + ": n must be a whole number from 1 to 500, not 0\n");
    }

    @Test
    void aNotFoundPageWithoutEnvelopeAsksWhetherTheHostIsRight() {
        server.enqueue(new MockResponse(404, Headers.of("Content-Type", "text/html"), "<html>Not Found</html>"));

        Result result = loved();

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).contains("HTTP 404").contains("is MOOMOO_HOST the playlist server");
    }

    @Test
    void aFailureEnvelopeWithStatus200IsAServerError() {
        server.enqueue(Fixtures.ok("success-false-at-200.json"));

        Result result = loved();

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err())
                .isEqualTo("moomoo-client: the server reported an error for " + server.url("/playlist/loved/bob")
                        + ": No paths provided.\n");
    }

    @Test
    void aWrongTokenSaysSoAndNamesTheVariable() {
        server.enqueue(Fixtures.answer(401, "error-401-token.json"));

        Result result = ClientRun.against(server, library)
                .env("MOOMOO_API_TOKEN", "wrong-secret-123")
                .run("loved", "bob");

        assertThat(result.exitCode()).isEqualTo(5);
        assertOneLine(result);
        assertThat(result.err()).contains("refused the API token (401): MOOMOO_API_TOKEN is wrong");
    }

    @Test
    void aMissingTokenSaysWhichVariableSetsIt() {
        server.enqueue(Fixtures.answer(401, "error-401-token.json"));

        Result result = loved();

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).contains("needs an API token (401): set MOOMOO_API_TOKEN");
    }

    @Test
    void theTokenNeverAppearsInTheOutputOfAFailure() {
        server.enqueue(Fixtures.answer(401, "error-401-token.json"));
        server.enqueue(Fixtures.answer(500, "error-500.json"));
        ClientRun run = ClientRun.against(server, library).env("MOOMOO_API_TOKEN", "wrong-secret-123");

        Result refused = run.run("loved", "bob");
        Result failed = run.run("loved", "bob");

        assertThat(refused.out() + refused.err() + failed.out() + failed.err()).doesNotContain("wrong-secret-123");
    }

    @Test
    void anUnreachableServerNamesTheUrlAndTheVariable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Result result = ClientRun.against(server, library)
                .env("MOOMOO_HOST", "http://127.0.0.1:" + closedPort)
                .env("MOOMOO_API_TOKEN", "secret-456")
                .run("loved", "bob");

        assertThat(result.exitCode()).isEqualTo(4);
        assertOneLine(result);
        assertThat(result.err())
                .isEqualTo("moomoo-client: cannot reach the moomoo server at http://127.0.0.1:" + closedPort
                        + "/playlist/loved/bob (connection refused); check that it is running, or set MOOMOO_HOST to its URL (now"
                        + " http://127.0.0.1:" + closedPort + ")\n");
        assertThat(result.err()).doesNotContain("secret-456");
    }

    @Test
    void anUnsetHostSaysHowToSetIt() {
        Result result =
                ClientRun.against(server, library).without("MOOMOO_HOST").run("loved", "bob");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err())
                .isEqualTo("moomoo-client: MOOMOO_HOST is not set; set it to the playlist server's URL,"
                        + " e.g. export MOOMOO_HOST=http://127.0.0.1:5000\n");
    }

    @Test
    void malformedJsonIsABadAnswer() {
        server.enqueue(Fixtures.ok("malformed.json"));

        Result result = loved();

        assertThat(result.exitCode()).isEqualTo(7);
        assertOneLine(result);
        assertThat(result.err()).contains("is not a moomoo playlist response: it is not valid JSON");
    }

    @Test
    void anAnswerThatIsNoObjectIsABadAnswer() {
        server.enqueue(new MockResponse(200, Headers.of("Content-Type", "application/json"), "[]"));

        Result result = loved();

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.err()).contains("it is not a JSON object");
    }

    @Test
    void aTrackWithoutPathIsABadAnswer() {
        server.enqueue(Fixtures.ok("tracks-without-filepath.json"));

        Result result = loved();

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.err()).contains("a track has no \"filepath\"");
    }

    @Test
    void noAnswerWithinTheTimeoutIsATimeout() {
        server.enqueue(new MockResponse.Builder()
                .body(Fixtures.text("loved-two-tracks.json"))
                .headersDelay(5, TimeUnit.SECONDS)
                .build());

        Result result = ClientRun.against(server, library)
                .env("MOOMOO_HTTP_TIMEOUT", "0.3")
                .run("loved", "bob");

        assertThat(result.exitCode()).isEqualTo(8);
        assertOneLine(result);
        assertThat(result.err())
                .contains("no answer from " + server.url("/playlist/loved/bob") + " within 0.3 s")
                .contains("raise MOOMOO_HTTP_TIMEOUT");
    }

    @Test
    void theErrorLineLeavesOutTheQuery() throws Exception {
        server.enqueue(Fixtures.answer(500, "error-500.json"));
        Path track = java.nio.file.Files.createFile(library.resolve("private name.mp3"));

        Result result = ClientRun.against(server, library).run("from-path", track.toString());

        assertThat(result.err())
                .contains(server.url("/playlist/from-files").toString())
                .doesNotContain("private");
    }
}
