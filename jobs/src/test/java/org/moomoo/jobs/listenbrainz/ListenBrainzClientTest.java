package org.moomoo.jobs.listenbrainz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The ListenBrainz client against a mock server: retries, waits, 204 and bad answers. */
class ListenBrainzClientTest {

    private static final String TOKEN = "secret-token-0123456789";
    private static final String PATH = "/1/user/FAKE/listens";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private ListenBrainzClient client() {
        return client(Duration.ofSeconds(5));
    }

    private ListenBrainzClient client(Duration callTimeout) {
        ListenBrainzSettings settings = new ListenBrainzSettings(
                server.url("/").toString(),
                TOKEN,
                "me@example.org",
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                callTimeout);
        return new ListenBrainzClient(
                settings, sleeper, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).body(body).build();
    }

    @Test
    void sendsTheTokenAndAUserAgentWithTheContact() throws InterruptedException {
        server.enqueue(ok(FakeListenBrainz.fixtureText("listens-page.json")));

        Optional<JsonNode> answer = client().get(PATH, Map.of("count", "100"));

        assertThat(answer)
                .get()
                .extracting(a -> a.path("payload").path("count").intValue())
                .isEqualTo(1);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token " + TOKEN);
        assertThat(request.getHeaders().get("User-Agent")).matches("moomoo/\\S+ \\( me@example.org \\)");
        assertThat(request.getUrl().queryParameter("count")).isEqualTo("100");
    }

    @Test
    void retriesA429AfterTheRetryAfterSeconds() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "7")
                .body("{\"code\": 429, \"error\": \"Rate limit exceeded\"}")
                .build());
        server.enqueue(ok("{\"payload\": {\"count\": 0, \"listens\": []}}"));

        assertThat(client().get(PATH, Map.of())).isPresent();

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retriesA500ThenReturnsTheSuccess() {
        server.enqueue(new MockResponse.Builder().code(500).body("oops").build());
        server.enqueue(ok("{\"payload\": {\"count\": 0, \"listens\": []}}"));

        assertThat(client().get(PATH, Map.of())).isPresent();

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void givesUpAfterFiveAttemptsWithBackOffAndNamesTheStatus() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse.Builder()
                    .code(503)
                    .body("{\"code\": 503, \"error\": \"down for maintenance\"}")
                    .build());
        }

        assertThatThrownBy(() -> client().get(PATH, Map.of()))
                .isInstanceOf(ListenBrainzException.class)
                .hasMessage("ListenBrainz GET " + PATH + ": HTTP 503: down for maintenance after 5 attempts");
        assertThat(sleeper.waits())
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void doesNotRetryAClientErrorAndKeepsItsMessage() {
        server.enqueue(new MockResponse.Builder()
                .code(404)
                .body("{\"code\": 404, \"error\": \"Cannot find user: nobody\"}")
                .build());

        assertThatThrownBy(() -> client().get(PATH, Map.of()))
                .isInstanceOf(ListenBrainzException.class)
                .hasMessage("ListenBrainz GET " + PATH + ": HTTP 404: Cannot find user: nobody")
                .extracting(e -> ((ListenBrainzException) e).status())
                .isEqualTo(404);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void answers204WithNoData() {
        server.enqueue(new MockResponse.Builder().code(204).build());

        assertThat(client().get(PATH, Map.of())).isEmpty();
    }

    @Test
    void reportsMalformedJsonWithAReason() {
        server.enqueue(ok("{\"payload\": {\"count\": 1, \"listens\": [{\"listened_at\": "));

        assertThatThrownBy(() -> client().get(PATH, Map.of()))
                .isInstanceOf(ListenBrainzException.class)
                .hasMessageStartingWith("ListenBrainz GET " + PATH + ": malformed JSON (")
                .hasMessageNotContaining(TOKEN);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retriesABodyCutShortAndReportsItWhenItKeepsHappening() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse.Builder()
                    .code(200)
                    .body(FakeListenBrainz.fixtureText("listens-page.json"))
                    .onResponseBody(new SocketEffect.CloseSocket())
                    .build());
        }

        assertThatThrownBy(() -> client().get(PATH, Map.of()))
                .isInstanceOf(ListenBrainzException.class)
                .hasMessageContaining("connection failed")
                .hasMessageEndingWith("after 5 attempts")
                .hasMessageNotContaining(TOKEN);
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void theDeadlineCancelsACallWhoseBodyTricklesInUnderTheReadTimeout() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse.Builder()
                    .code(200)
                    .body(FakeListenBrainz.fixtureText("listens-page.json"))
                    .throttleBody(16, 100, TimeUnit.MILLISECONDS)
                    .build());
        }

        assertThatThrownBy(() -> client(Duration.ofMillis(300)).get(PATH, Map.of()))
                .isInstanceOf(ListenBrainzException.class)
                .hasMessageContaining("connection failed")
                .hasMessageEndingWith("after 5 attempts");
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void waitsForTheResetWhenTheRateLimitIsUsedUp() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("X-RateLimit-Remaining", "0")
                .addHeader("X-RateLimit-Reset-In", "12")
                .body("{}")
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("X-RateLimit-Remaining", "29")
                .addHeader("X-RateLimit-Reset-In", "11")
                .body("{}")
                .build());
        server.enqueue(ok("{}"));
        ListenBrainzClient client = client();

        client.get(PATH, Map.of());
        assertThat(sleeper.waits()).isEmpty();
        client.get(PATH, Map.of());
        client.get(PATH, Map.of());

        // Only the call after the used-up answer waited, and for the announced reset.
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12));
    }
}
