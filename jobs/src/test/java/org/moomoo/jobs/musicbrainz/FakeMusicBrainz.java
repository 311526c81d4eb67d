package org.moomoo.jobs.musicbrainz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The MusicBrainz web service as a mock: lookups of the registered entities, made from the
 * fixtures of {@code src/test/resources/musicbrainz} with their ids and titles changed; the
 * releases of an artist browsed in pages; 404 with MusicBrainz's own error body for anything
 * else. Answers for one MBID can be replaced (503, malformed JSON...), and every request after
 * the {@code n}th can be made to fail to connect, until healed.
 */
public final class FakeMusicBrainz extends Dispatcher {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** When a request reached the mock, and what it asked for. */
    public record Hit(long nanos, HttpUrl url, String userAgent) {}

    private final Map<String, ObjectNode> documents = new ConcurrentHashMap<>();
    private final Map<String, List<JsonNode>> artistReleases = new ConcurrentHashMap<>();
    private final Map<String, Queue<MockResponse>> overrides = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private volatile int disconnectAfter = Integer.MAX_VALUE;
    private volatile IntUnaryOperator browsePageSize = limit -> limit;

    /** A fixture, parsed. */
    public static ObjectNode fixture(String name) {
        try (InputStream in = FakeMusicBrainz.class.getResourceAsStream("/musicbrainz/" + name)) {
            return (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recording called {@code title} on release {@code release}, credited to {@code artist}. */
    public FakeMusicBrainz recording(String mbid, String title, String artist, String artistName, String release) {
        ObjectNode doc = fixture("recording.json");
        doc.put("id", mbid).put("title", title);
        credit(doc, artist, artistName);
        ((ObjectNode) doc.withArray("releases").get(0)).put("id", release);
        documents.put(mbid, doc);
        return this;
    }

    /** A release of release group {@code releaseGroup}, credited to {@code artist}. */
    public FakeMusicBrainz release(String mbid, String title, String releaseGroup, String artist, String artistName) {
        ObjectNode doc = fixture("release.json");
        doc.put("id", mbid).put("title", title);
        credit(doc, artist, artistName);
        ((ObjectNode) doc.path("release-group")).put("id", releaseGroup).put("title", title);
        documents.put(mbid, doc);
        return this;
    }

    /** A release group credited to {@code artist}. */
    public FakeMusicBrainz releaseGroup(String mbid, String title, String artist, String artistName) {
        ObjectNode doc = fixture("release-group.json");
        doc.put("id", mbid).put("title", title);
        credit(doc, artist, artistName);
        documents.put(mbid, doc);
        return this;
    }

    /** An artist with these releases; its lookup embeds the first 25, as MusicBrainz does. */
    public FakeMusicBrainz artist(String mbid, String name, List<String> releases) {
        ObjectNode doc = fixture("artist.json");
        doc.put("id", mbid).put("name", name).put("sort-name", name);
        ObjectNode template = (ObjectNode) doc.withArray("releases").get(0);
        List<JsonNode> all = new ArrayList<>();
        for (int i = 0; i < releases.size(); i++) {
            all.add(template.deepCopy().put("id", releases.get(i)).put("title", name + " release " + i));
        }
        ArrayNode embedded = doc.putArray("releases");
        all.stream().limit(25).forEach(embedded::add);
        documents.put(mbid, doc);
        artistReleases.put(mbid, all);
        return this;
    }

    /** The next answers for {@code mbid}, in order, before its document is served again. */
    public FakeMusicBrainz answer(String mbid, MockResponse... responses) {
        overrides.computeIfAbsent(mbid, k -> new ArrayDeque<>()).addAll(List.of(responses));
        return this;
    }

    /** Every request after the {@code n}th from now fails to connect, until {@link #heal}. */
    public void disconnectAfter(int n) {
        disconnectAfter = hits.size() + n;
    }

    public void heal() {
        disconnectAfter = Integer.MAX_VALUE;
    }

    /** How many releases a browse page holds, given the limit asked for. */
    public void browsePageSize(IntUnaryOperator size) {
        browsePageSize = size;
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** The entity lookups served (browses not counted). */
    public int lookups() {
        return lookups.get();
    }

    /** A 503 with Retry-After and MusicBrainz's rate-limit body. */
    public static MockResponse rateLimited(int retryAfterSeconds) {
        return new MockResponse.Builder()
                .code(503)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .addHeader("Retry-After", String.valueOf(retryAfterSeconds))
                .body(fixture("rate-limited.json").toString())
                .build();
    }

    /** A status with a MusicBrainz-style error body. */
    public static MockResponse status(int code, String error) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body("{\"error\": \"" + error + "\"}")
                .build();
    }

    /** A 200 whose body is not JSON. */
    public static MockResponse malformed() {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body("{\"id\": \"6a6a5a76-4bd2-4c1d-a9e1-3d5e2e0a1f21\", \"title\": \"Scar Tis")
                .build();
    }

    /** A 200 whose body stops halfway: the connection closes before the announced length. */
    public static MockResponse truncated() {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body(fixture("recording.json").toString())
                .onResponseBody(new SocketEffect.CloseSocket())
                .build();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        hits.add(new Hit(System.nanoTime(), url, request.getHeaders().get("User-Agent")));
        if (hits.size() > disconnectAfter) {
            return new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket())
                    .build();
        }
        List<String> segments = url.pathSegments();
        if (segments.size() >= 2
                && segments.get(0).equals("ws")
                && segments.get(1).equals("2")) {
            segments = segments.subList(2, segments.size());
        }
        if (segments.size() == 1 && segments.get(0).equals("release") && url.queryParameter("artist") != null) {
            return browse(url);
        }
        if (segments.size() != 2) {
            return notFound();
        }
        lookups.incrementAndGet();
        String mbid = segments.get(1);
        Queue<MockResponse> queued = overrides.get(mbid);
        if (queued != null) {
            MockResponse next;
            synchronized (queued) {
                next = queued.poll();
            }
            if (next != null) {
                return next;
            }
        }
        ObjectNode doc = documents.get(mbid);
        return doc == null ? notFound() : ok(doc);
    }

    private MockResponse browse(HttpUrl url) {
        List<JsonNode> all = artistReleases.getOrDefault(url.queryParameter("artist"), List.of());
        int limit = Integer.parseInt(url.queryParameter("limit"));
        String offsetText = url.queryParameter("offset");
        int offset = offsetText == null ? 0 : Integer.parseInt(offsetText);
        int size = Math.max(1, browsePageSize.applyAsInt(limit));
        ObjectNode page = JSON.createObjectNode();
        page.put("release-offset", offset);
        page.put("release-count", all.size());
        ArrayNode releases = page.putArray("releases");
        all.stream().skip(offset).limit(Math.min(size, limit)).forEach(releases::add);
        return ok(page);
    }

    private static void credit(ObjectNode doc, String artist, String artistName) {
        ObjectNode credit = (ObjectNode) doc.withArray("artist-credit").get(0);
        credit.put("name", artistName);
        ((ObjectNode) credit.path("artist")).put("id", artist).put("name", artistName);
    }

    private static MockResponse ok(JsonNode body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body(body.toString())
                .build();
    }

    private static MockResponse notFound() {
        return new MockResponse.Builder()
                .code(404)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body(fixture("not-found.json").toString())
                .build();
    }
}
