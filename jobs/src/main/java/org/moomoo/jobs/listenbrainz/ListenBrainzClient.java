package org.moomoo.jobs.listenbrainz;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one ListenBrainz client of the process (spec/ingest.md 4.5): GET an endpoint, get its JSON.
 *
 * <p>It waits when the last answer's {@code X-RateLimit-Remaining} was used up, until its
 * {@code X-RateLimit-Reset-In} has passed; retries 429 and 5xx (honouring {@code Retry-After},
 * else backing off exponentially) and connection errors, {@value #MAX_ATTEMPTS} attempts in all;
 * answers 204 with "no data". The token goes in the {@code Authorization} header only, which
 * neither the log lines nor the failures show.
 */
public final class ListenBrainzClient {

    /** Attempts per call: the failure budget of one call (DESIGN 9.19). */
    static final int MAX_ATTEMPTS = 5;

    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);
    private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(ListenBrainzClient.class);

    private final HttpUrl baseUrl;
    private final String token;
    private final String userAgent;
    private final OkHttpClient http;
    private final Sleeper sleeper;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    private Instant rateLimitResetAt;

    public ListenBrainzClient(ListenBrainzSettings settings, Sleeper sleeper, Clock clock) {
        HttpUrl url = HttpUrl.parse(settings.baseUrl());
        if (url == null) {
            throw new IllegalArgumentException(
                    "MOOMOO_LISTENBRAINZ_URL=" + settings.baseUrl() + " is not an http(s) URL");
        }
        this.baseUrl = url;
        this.token = settings.token();
        this.userAgent = settings.userAgent();
        this.sleeper = sleeper;
        this.clock = clock;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                // Retries are this class's, counted against its budget.
                .retryOnConnectionFailure(false)
                .build();
    }

    /**
     * GETs {@code path} (e.g. {@code /1/user/rob/listens}) with {@code query}.
     *
     * @return the answer's JSON, or empty when ListenBrainz answered 204 (no data)
     * @throws ListenBrainzException when no attempt gave a usable answer; the message says why
     */
    public synchronized Optional<JsonNode> get(String path, Map<String, String> query) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments(path.replaceFirst("^/", ""));
        query.forEach(url::addQueryParameter);
        Request.Builder request = new Request.Builder().url(url.build()).header("User-Agent", userAgent);
        if (!token.isEmpty()) {
            request.header("Authorization", "Token " + token);
        }
        return call(request.build(), "ListenBrainz GET " + path);
    }

    /** {@code GET /1/user/<user>/similar-users}: the users whose listening is like {@code username}'s. */
    public Optional<JsonNode> similarUsers(String username) {
        return get("/1/user/" + username + "/similar-users", Map.of());
    }

    /**
     * {@code GET /1/stats/user/<user>/<entity>?range=&count=}: a user's top artists, releases or
     * recordings over a time range.
     */
    public Optional<JsonNode> userTop(String username, String entity, String range, int count) {
        return get("/1/stats/user/" + username + "/" + entity, Map.of("range", range, "count", String.valueOf(count)));
    }

    /** {@code GET /1/stats/artist/<mbid>/listeners?range=all_time}: an artist's listeners of all time. */
    public Optional<JsonNode> artistListeners(String artistMbid) {
        return get("/1/stats/artist/" + artistMbid + "/listeners", Map.of("range", "all_time"));
    }

    /**
     * {@code GET /1/metadata/lookup/?artist_name=&recording_name=&release_name=&metadata=true&inc=release}:
     * the MusicBrainz recording, release and artists that a (title, album, artist) maps to; {@code {}}
     * when nothing matches.
     */
    public Optional<JsonNode> metadataLookup(String artistName, String recordingName, String releaseName) {
        return get(
                "/1/metadata/lookup/",
                Map.of(
                        "artist_name", artistName,
                        "recording_name", recordingName,
                        "release_name", releaseName,
                        "metadata", "true",
                        "inc", "release"));
    }

    private Optional<JsonNode> call(Request request, String what) {
        String lastFailure = null;
        int lastStatus = 0;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            waitForRateLimit();
            Duration wait = backOff(attempt);
            try (Response response = http.newCall(request).execute()) {
                rememberRateLimit(response);
                int status = response.code();
                if (status == 204) {
                    return Optional.empty();
                }
                if (response.isSuccessful()) {
                    return Optional.of(parse(response.body().string(), what));
                }
                String body = response.body().string();
                if (!RETRIED.contains(status)) {
                    throw new ListenBrainzException(status, what + ": HTTP " + status + errorOf(body));
                }
                lastStatus = status;
                lastFailure = "HTTP " + status + errorOf(body);
                wait = retryAfter(response).orElse(wait);
            } catch (IOException e) {
                // Cannot connect, reset, timed out, or a body cut short: all worth another attempt.
                lastStatus = 0;
                lastFailure = "connection failed (" + e.getMessage() + ")";
            }
            if (attempt < MAX_ATTEMPTS) {
                log.info(
                        "{}: {}; attempt {} of {} in {} s",
                        what,
                        lastFailure,
                        attempt + 1,
                        MAX_ATTEMPTS,
                        wait.toSeconds());
                pause(wait);
            }
        }
        throw new ListenBrainzException(lastStatus, what + ": " + lastFailure + " after " + MAX_ATTEMPTS + " attempts");
    }

    private JsonNode parse(String body, String what) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new ListenBrainzException(
                    200, what + ": malformed JSON (" + e.getOriginalMessage() + ", " + body.length() + " characters)");
        }
    }

    /** The {@code error} field of an error answer, when it has one. */
    private String errorOf(String body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            return error.isString() ? ": " + error.stringValue() : "";
        } catch (JacksonException e) {
            return "";
        }
    }

    private static Duration backOff(int attempt) {
        Duration wait = FIRST_BACK_OFF.multipliedBy(1L << Math.min(attempt - 1, 10));
        return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
    }

    private static Optional<Duration> retryAfter(Response response) {
        return seconds(response.header("Retry-After")).map(Duration::ofSeconds);
    }

    private void rememberRateLimit(Response response) {
        Optional<Long> remaining = seconds(response.header("X-RateLimit-Remaining"));
        Optional<Long> resetIn = seconds(response.header("X-RateLimit-Reset-In"));
        rateLimitResetAt = remaining.isPresent() && remaining.get() <= 0 && resetIn.isPresent()
                ? clock.instant().plusSeconds(resetIn.get())
                : null;
    }

    private void waitForRateLimit() {
        if (rateLimitResetAt != null) {
            Duration wait = Duration.between(clock.instant(), rateLimitResetAt);
            rateLimitResetAt = null;
            if (!wait.isNegative() && !wait.isZero()) {
                log.info("ListenBrainz rate limit reached; waiting {} s", wait.toSeconds());
                pause(wait);
            }
        }
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ListenBrainzException(0, "interrupted while waiting for ListenBrainz");
        }
    }

    private static Optional<Long> seconds(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Math.max(0, (long) Double.parseDouble(header.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
