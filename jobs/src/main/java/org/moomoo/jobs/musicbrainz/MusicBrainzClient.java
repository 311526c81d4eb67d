package org.moomoo.jobs.musicbrainz;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.moomoo.jobs.listenbrainz.Sleeper;
import org.moomoo.jobs.musicbrainz.MusicBrainzException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one MusicBrainz client of the process: GETs a web service resource as JSON ({@code fmt=json}).
 *
 * <p>Every request, whichever thread makes it, waits for its slot of the shared
 * {@link RequestSchedule} (one a second against the public service). 429, 500, 502, 503 and 504
 * are retried, after the answer's {@code Retry-After} when it has one (MusicBrainz sends 503 when a
 * client goes too fast), else after {@code attempt x 2 s}; so are connection errors and bodies cut
 * short; {@value #MAX_ATTEMPTS} attempts in all (the failure budget of one call, DESIGN 9.19). A
 * 404 is {@link Kind#NOT_FOUND}. {@link #cancelAll} cancels the calls in flight, for a clean stop.
 */
public final class MusicBrainzClient {

    /** Attempts per call. */
    static final int MAX_ATTEMPTS = 5;

    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(MusicBrainzClient.class);

    private final HttpUrl baseUrl;
    private final MusicBrainzSettings settings;
    private final RequestSchedule schedule;
    private final Sleeper sleeper;
    private final OkHttpClient http;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final JsonMapper json = JsonMapper.builder().build();

    public MusicBrainzClient(MusicBrainzSettings settings, RequestSchedule schedule, Sleeper sleeper) {
        HttpUrl url = HttpUrl.parse(settings.baseUrl());
        if (url == null) {
            throw new IllegalArgumentException(
                    "MOOMOO_MUSICBRAINZ_URL=" + settings.baseUrl() + " is not an http(s) URL");
        }
        this.baseUrl = url;
        this.settings = settings;
        this.schedule = schedule;
        this.sleeper = sleeper;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                // Retries are this class's, counted against its budget and its request schedule.
                .retryOnConnectionFailure(false)
                .followRedirects(true)
                .build();
    }

    /**
     * GETs {@code path} (e.g. {@code artist/<mbid>}) with {@code query} and {@code fmt=json}.
     *
     * @return the answer, a JSON object
     * @throws MusicBrainzException when no attempt gave a usable answer; the message says why
     * @throws IllegalStateException when no contact is configured (jobs refuse to start before)
     */
    public JsonNode get(String path, Map<String, String> query) {
        if (settings.contactEmail().isEmpty()) {
            throw new IllegalStateException("set " + MusicBrainzSettings.CONTACT_ENV + " before calling MusicBrainz");
        }
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments(path.replaceFirst("^/", ""));
        query.forEach(url::addQueryParameter);
        url.addQueryParameter("fmt", "json");
        Request request = new Request.Builder()
                .url(url.build())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json")
                .build();
        return call(request, "MusicBrainz GET " + path);
    }

    /** Cancels the calls in flight and refuses new ones: the process is stopping. */
    public void cancelAll() {
        cancelled.set(true);
        http.dispatcher().cancelAll();
    }

    /** Accepts calls again after {@link #cancelAll}, for a loop started anew in the same process. */
    public void resume() {
        cancelled.set(false);
    }

    private JsonNode call(Request request, String what) {
        String lastFailure = null;
        Kind lastKind = Kind.UNREACHABLE;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            awaitSlot(what);
            Duration wait = Duration.ofSeconds(2L * attempt);
            Call call = http.newCall(request);
            Response response;
            try {
                response = call.execute();
            } catch (IOException e) {
                checkCancelled(what);
                lastKind = Kind.UNREACHABLE;
                lastFailure = "connection failed (" + e.getMessage() + ")";
                retryLater(what, lastFailure, attempt, wait);
                continue;
            }
            try (response) {
                int status = response.code();
                String body;
                try {
                    body = response.body().string();
                } catch (IOException e) {
                    checkCancelled(what);
                    lastKind = Kind.BAD_ANSWER;
                    lastFailure = "HTTP " + status + " answer cut short (" + e.getMessage() + ")";
                    retryLater(what, lastFailure, attempt, wait);
                    continue;
                }
                if (response.isSuccessful()) {
                    return parse(body, what);
                }
                String failure = "HTTP " + status + ": " + errorOf(body).orElse(response.message());
                if (status == 404) {
                    throw new MusicBrainzException(Kind.NOT_FOUND, failure);
                }
                if (!RETRIED.contains(status)) {
                    throw new MusicBrainzException(Kind.HTTP_ERROR, failure);
                }
                lastKind = Kind.HTTP_ERROR;
                lastFailure = failure;
                wait = retryAfter(response).orElse(wait);
            }
            retryLater(what, lastFailure, attempt, wait);
        }
        String prefix = lastKind == Kind.UNREACHABLE ? what + " at " + baseUrl + ": " : "";
        throw new MusicBrainzException(lastKind, prefix + lastFailure + " after " + MAX_ATTEMPTS + " attempts");
    }

    private void awaitSlot(String what) {
        checkCancelled(what);
        try {
            schedule.awaitSlot();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MusicBrainzException(Kind.CANCELLED, what + ": interrupted");
        }
    }

    private void checkCancelled(String what) {
        if (cancelled.get()) {
            throw new MusicBrainzException(Kind.CANCELLED, what + ": cancelled, the process is stopping");
        }
    }

    private void retryLater(String what, String failure, int attempt, Duration wait) {
        if (attempt >= MAX_ATTEMPTS) {
            return;
        }
        log.info("{}: {}; attempt {} of {} in {} s", what, failure, attempt + 1, MAX_ATTEMPTS, wait.toSeconds());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MusicBrainzException(Kind.CANCELLED, what + ": interrupted");
        }
    }

    private JsonNode parse(String body, String what) {
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (JacksonException e) {
            throw new MusicBrainzException(
                    Kind.BAD_ANSWER,
                    "malformed JSON from MusicBrainz (" + e.getOriginalMessage() + ", " + body.length()
                            + " characters)");
        }
        if (answer == null || !answer.isObject()) {
            throw new MusicBrainzException(Kind.BAD_ANSWER, "unexpected answer from MusicBrainz: not a JSON object");
        }
        return answer;
    }

    /** The {@code error} field of an error answer (MusicBrainz sends {@code {"error": "Not Found", ...}}). */
    private Optional<String> errorOf(String body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            return error.isString() ? Optional.of(error.stringValue()) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> retryAfter(Response response) {
        String header = response.header("Retry-After");
        if (header == null) {
            return Optional.empty();
        }
        try {
            Duration wait = Duration.ofSeconds(Math.max(0, (long) Double.parseDouble(header.trim())));
            return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
