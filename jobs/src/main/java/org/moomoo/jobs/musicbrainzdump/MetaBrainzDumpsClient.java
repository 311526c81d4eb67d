package org.moomoo.jobs.musicbrainzdump;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.moomoo.jobs.listenbrainz.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MetaBrainz's live data feed (spec/ingest.md 5.12, "External calls"), through the plain HTTP helper
 * of spec 4.4: a 30 s timeout, any non-2xx answer an error, and only connection failures retried,
 * {@value #MAX_ATTEMPTS} attempts waiting 1, 2, 4 and 8 s. The token goes in the {@code token}
 * query parameter, which no message of this class shows.
 */
final class MetaBrainzDumpsClient {

    /** The public feed. */
    static final String DEFAULT_URL = "https://metabrainz.org/api/musicbrainz";

    static final int MAX_ATTEMPTS = 5;

    private static final Pattern PACKET = Pattern.compile("-(\\d+)\\.[^-]*$");
    private static final String NO_DUMP = "Can't find specified JSON dump";
    private static final Logger log = LoggerFactory.getLogger(MetaBrainzDumpsClient.class);

    private final HttpUrl baseUrl;
    private final String token;
    private final OkHttpClient http;
    private final Sleeper sleeper;
    private final JsonMapper json = JsonMapper.builder().build();

    MetaBrainzDumpsClient(String baseUrl, String token, String userAgent, Duration timeout, Sleeper sleeper) {
        HttpUrl url = HttpUrl.parse(baseUrl);
        if (url == null) {
            throw new IllegalArgumentException("MOOMOO_MUSICBRAINZ_DUMPS_URL=" + baseUrl
                    + " is not an http(s) URL; the default is " + DEFAULT_URL);
        }
        this.baseUrl = url;
        this.token = token == null ? "" : token.strip();
        this.sleeper = sleeper;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .addNetworkInterceptor(chain -> chain.proceed(chain.request()
                        .newBuilder()
                        .header("User-Agent", userAgent)
                        .build()))
                // Retries are this class's, as spec 4.4 counts them.
                .retryOnConnectionFailure(false)
                .build();
    }

    /** The newest replication packet, from {@code replication-info}'s {@code last_packet}. */
    int latestPacket() {
        return get("replication-info", "replication-info", body -> {
                    JsonNode info;
                    try {
                        info = json.readTree(body.byteStream());
                    } catch (JacksonException e) {
                        throw new PacketDumpException(
                                "replication-info: malformed JSON (" + e.getOriginalMessage() + ")");
                    }
                    String last = info.path("last_packet").asString("");
                    Matcher packet = PACKET.matcher(last);
                    if (!packet.find()) {
                        throw new PacketDumpException(
                                "replication-info: last_packet '" + last + "' is not like replication-182019.tar.bz2");
                    }
                    return Integer.parseInt(packet.group(1));
                })
                .orElseThrow(() -> new PacketDumpException("replication-info: 404 Not Found"));
    }

    /** The dump of {@code entity} in {@code packet}, or empty when MetaBrainz has none (no changes that hour). */
    Optional<PacketDump> dump(int packet, String entity) {
        String slug = packet + "-" + entity;
        return get(
                "json-dumps/json-dump-" + packet + "/" + entity + ".tar.xz",
                "dump " + slug,
                body -> PacketArchiveReader.read(packet, entity, body.byteStream()));
    }

    /** GET {@code path}; empty for a 404 that says there is no such dump. */
    private <T> Optional<T> get(String path, String what, Function<ResponseBody, T> read) {
        if (token.isEmpty()) {
            throw new PacketDumpException("METABRAINZ_LIVE_DATA_TOKEN env var must be set to access live data dumps.");
        }
        HttpUrl url = baseUrl.newBuilder()
                .addPathSegments(path)
                .addQueryParameter("token", token)
                .build();
        Request request = new Request.Builder().url(url).build();
        for (int attempt = 1; ; attempt++) {
            try (Response response = http.newCall(request).execute()) {
                if (response.code() == 404) {
                    String body = response.body().string();
                    if (body.contains(NO_DUMP)) {
                        return Optional.empty();
                    }
                    throw new PacketDumpException(what + ": HTTP 404: " + brief(body));
                }
                if (!response.isSuccessful()) {
                    throw new PacketDumpException(what + ": HTTP " + response.code() + ": "
                            + brief(response.body().string()));
                }
                return Optional.of(read.apply(response.body()));
            } catch (InterruptedIOException e) {
                // A timeout: the server answered too slowly, which spec 4.4 does not retry.
                throw new PacketDumpException(what + ": no answer in time (" + e.getMessage() + ")", e);
            } catch (IOException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new PacketDumpException(
                            what + ": cannot reach " + baseUrl.host() + " after " + attempt + " attempts: "
                                    + e.getMessage(),
                            e);
                }
                Duration wait = Duration.ofSeconds(1L << (attempt - 1));
                log.warn(
                        "{}: connection failed ({}); attempt {} of {} in {} s",
                        what,
                        e.getMessage(),
                        attempt + 1,
                        MAX_ATTEMPTS,
                        wait.toSeconds());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new PacketDumpException(what + ": interrupted", interrupted);
                }
            }
        }
    }

    private static String brief(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
