package org.moomoo.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.client.ClientRun;
import org.moomoo.client.ClientRun.Result;
import org.moomoo.client.Fixtures;

/** 503 (the server's database restarting) and 429 (too many requests) are asked again; waits are recorded, not slept. */
class RetryTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path library;

    @Test
    void aDatabaseOutageIsWaitedOut() {
        server.enqueue(Fixtures.answer(503, "error-503-database.json"));
        server.enqueue(Fixtures.answer(503, "error-503-database.json"));
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));
        ClientRun run = ClientRun.against(server, library);

        Result result = run.run("loved", "bob");

        assertThat(result.exitCode()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(run.sleeper().waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(result.err())
                .contains("the server is unavailable (503) at " + server.url("/playlist/loved/bob")
                        + "; trying again in 1 s (attempt 2 of 4)");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() {
        server.enqueue(Fixtures.answer(429, "error-429-busy.json")
                .newBuilder()
                .addHeader("Retry-After", "3")
                .build());
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));
        ClientRun run = ClientRun.against(server, library);

        Result result = run.run("loved", "bob");

        assertThat(result.exitCode()).isZero();
        assertThat(run.sleeper().waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aLongRetryAfterIsCappedAtThirtySeconds() {
        server.enqueue(new mockwebserver3.MockResponse(
                429, Headers.of("Retry-After", "3600"), Fixtures.text("error-429-busy.json")));
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));
        ClientRun run = ClientRun.against(server, library);

        run.run("loved", "bob");

        assertThat(run.sleeper().waits()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void anOutageLongerThanFourAttemptsShowsTheServersMessage() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(Fixtures.answer(503, "error-503-database.json"));
        }
        ClientRun run = ClientRun.against(server, library);

        Result result = run.run("loved", "bob");

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(run.sleeper().waits()).hasSize(3);
        assertThat(result.err().lines().toList())
                .last()
                .asString()
                .endsWith("HTTP 503 for " + server.url("/playlist/loved/bob")
                        + ": the database is not reachable; try again shortly");
    }

    @Test
    void anotherServerErrorIsNotRetried() {
        server.enqueue(Fixtures.answer(500, "error-500.json"));
        ClientRun run = ClientRun.against(server, library);

        run.run("loved", "bob");

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(run.sleeper().waits()).isEmpty();
    }
}
