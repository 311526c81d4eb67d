package org.moomoo.client.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ClientSettings;
import org.moomoo.client.ClientVersion;
import org.moomoo.client.ExitCode;
import org.moomoo.client.playlist.Playlist;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The playlist-api server, one method per route (spec 7.4 and DESIGN 8). Paths in the returned
 * playlists are library-relative, as the server sends them. Every failure becomes a
 * {@link ClientFailure} whose message names the URL tried, without its query and never with the token.
 */
public final class PlaylistApi {

    private static final Duration LONGEST_CONNECT = Duration.ofSeconds(10);

    private final OkHttpClient http;
    private final HttpUrl host;
    private final String token;
    private final Duration timeout;
    private final RetryPolicy retry;
    private final Consumer<String> notices;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param host the server's base URL (MOOMOO_HOST)
     * @param token the bearer token, or null to send none
     * @param timeout the longest a request may take, retries apart
     * @param notices where to say that a request is tried again
     */
    public PlaylistApi(HttpUrl host, String token, Duration timeout, RetryPolicy retry, Consumer<String> notices) {
        this.host = host;
        this.token = token;
        this.timeout = timeout;
        this.retry = retry;
        this.notices = notices;
        this.http = new OkHttpClient.Builder()
                .callTimeout(timeout)
                .readTimeout(timeout)
                .connectTimeout(timeout.compareTo(LONGEST_CONNECT) < 0 ? timeout : LONGEST_CONNECT)
                .build();
    }

    /** A client for the server the settings name. */
    public static PlaylistApi of(ClientSettings settings, RetryPolicy retry, Consumer<String> notices) {
        return new PlaylistApi(settings.host(), settings.token().orElse(null), settings.timeout(), retry, notices);
    }

    /** {@code GET /playlist/from-files}: a playlist like these library-relative files or folders. */
    public List<Playlist> fromFiles(List<String> paths, GeneratorParameters parameters) {
        HttpUrl.Builder url = route("playlist", "from-files");
        paths.forEach(path -> url.addQueryParameter("path", path));
        return playlists(withParameters(url, parameters).build());
    }

    /** {@code GET /playlist/from-mbids}: a playlist like the files of these MusicBrainz ids. */
    public List<Playlist> fromMbids(List<UUID> mbids, GeneratorParameters parameters) {
        HttpUrl.Builder url = route("playlist", "from-mbids");
        mbids.forEach(mbid -> url.addQueryParameter("mbid", mbid.toString().toLowerCase(Locale.ROOT)));
        return playlists(withParameters(url, parameters).build());
    }

    /**
     * {@code GET /playlist/path}: the song path from one library-relative file to another.
     *
     * @param n total length, both ends included; null for the server's default (20)
     */
    public List<Playlist> path(String from, String to, Integer n) {
        HttpUrl.Builder url =
                route("playlist", "path").addQueryParameter("from", from).addQueryParameter("to", to);
        if (n != null) {
            url.addQueryParameter("n", n.toString());
        }
        return playlists(url.build());
    }

    /** {@code GET /playlist/<collection>/<username>}: every playlist of a stored collection. */
    public List<Playlist> collection(CollectionRoute collection, String username) {
        HttpUrl.Builder url = route("playlist");
        collection.segments().forEach(url::addPathSegment);
        return playlists(url.addPathSegment(username).build());
    }

    /** {@code GET /version}: the server's version. */
    public String version() {
        HttpUrl url = route("version").build();
        JsonNode version = get(url).get("version");
        if (version == null || !version.isString()) {
            throw PlaylistEnvelope.malformed(url, "it has no \"version\"");
        }
        return version.stringValue();
    }

    private HttpUrl.Builder route(String... segments) {
        HttpUrl.Builder url = host.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url;
    }

    private static HttpUrl.Builder withParameters(HttpUrl.Builder url, GeneratorParameters parameters) {
        if (parameters.n() != null) {
            url.addQueryParameter("n", parameters.n().toString());
        }
        if (parameters.seed() != null) {
            url.addQueryParameter("seed", parameters.seed().toString());
        }
        if (parameters.username() != null) {
            url.addQueryParameter("username", parameters.username());
        }
        if (parameters.recency() != null) {
            url.addQueryParameter("recency", parameters.recency().toString());
        }
        return url;
    }

    private List<Playlist> playlists(HttpUrl url) {
        return PlaylistEnvelope.playlists(get(url), withoutQuery(url));
    }

    /** The answer's JSON object once the server says it succeeded; retried while the server asks for it. */
    private JsonNode get(HttpUrl url) {
        Request.Builder request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .header("User-Agent", "moomoo-client/" + ClientVersion.current());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int attempt = 1; ; attempt++) {
            try (Response response = http.newCall(request.build()).execute()) {
                ResponseBody body = response.body();
                String text = body.string();
                if (RetryPolicy.retryable(response.code()) && attempt < retry.attempts()) {
                    waitBeforeRetry(url, response, attempt);
                    continue;
                }
                return answer(withoutQuery(url), response.code(), text);
            } catch (InterruptedIOException e) {
                throw new ClientFailure(
                        ExitCode.TIMEOUT,
                        "no answer from " + withoutQuery(url) + " within "
                                + seconds(timeout) + " s; a playlist from many files can take longer: raise "
                                + ClientSettings.TIMEOUT + " (seconds)",
                        e);
            } catch (IOException e) {
                String why = e instanceof UnknownHostException
                        ? "unknown host " + host.host()
                        : e instanceof ConnectException ? "connection refused" : "the connection failed";
                throw new ClientFailure(
                        ExitCode.UNREACHABLE,
                        "cannot reach the moomoo server at " + withoutQuery(url)
                                + " (" + why + "); check that it is running, or set " + ClientSettings.HOST
                                + " to its URL (now " + shown(host) + ")",
                        e);
            }
        }
    }

    private void waitBeforeRetry(HttpUrl url, Response response, int attempt) throws InterruptedIOException {
        Duration wait = retry.waitAfter(attempt, response.header("Retry-After"));
        String why = response.code() == 429 ? "too many requests" : "unavailable";
        notices.accept(
                "the server is " + why + " (" + response.code() + ") at " + withoutQuery(url) + "; trying again in "
                        + seconds(wait) + " s (attempt " + (attempt + 1) + " of " + retry.attempts() + ")");
        try {
            retry.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    private JsonNode answer(HttpUrl url, int status, String body) {
        JsonNode envelope = parse(body);
        if (status == 401) {
            throw new ClientFailure(
                    ExitCode.TOKEN,
                    token == null
                            ? "the server at " + url + " needs an API token (401): set " + ClientSettings.TOKEN
                                    + " to the server's token"
                            : "the server at " + url + " refused the API token (401): " + ClientSettings.TOKEN
                                    + " is wrong; set it to the server's token");
        }
        if (status != 200) {
            String error = errorText(envelope);
            throw new ClientFailure(
                    ExitCode.SERVER_ERROR,
                    "the server answered HTTP " + status + " for " + url
                            + (error != null
                                    ? ": " + error
                                    : status == 404
                                            ? " (is " + ClientSettings.HOST
                                                    + " the playlist server, of a version with this route?)"
                                            : ""));
        }
        if (envelope == null) {
            throw PlaylistEnvelope.malformed(url, "it is not valid JSON");
        }
        if (!envelope.isObject()) {
            throw PlaylistEnvelope.malformed(url, "it is not a JSON object");
        }
        JsonNode success = envelope.get("success");
        if (success != null && !success.asBoolean()) {
            String error = errorText(envelope);
            throw new ClientFailure(
                    ExitCode.SERVER_ERROR,
                    "the server reported an error for " + url + ": " + (error != null ? error : "(no message)"));
        }
        return envelope;
    }

    /** The body as JSON, or null when it is none (an HTML error page, a truncated answer). */
    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String errorText(JsonNode envelope) {
        JsonNode error = envelope == null ? null : envelope.get("error");
        return error != null && error.isString() ? error.stringValue() : null;
    }

    private static HttpUrl withoutQuery(HttpUrl url) {
        return url.newBuilder().query(null).build();
    }

    /** A base URL as people write it, without the trailing slash of an empty path. */
    private static String shown(HttpUrl url) {
        return url.toString().replaceAll("/$", "");
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
