package org.moomoo.jobs.listenbrainz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A ListenBrainz user's listens served as the API serves them: {@code min_ts} and {@code max_ts}
 * exclude their second, at most {@code count} listens a page, either the newest of the window
 * (newest first, as ListenBrainz does) or its oldest (oldest first). Listens are made from the
 * fixture {@code listenbrainz/listens-page.json}.
 */
public final class FakeListenBrainz extends Dispatcher {

    /** Which listens of a window a page holds, and in what order. */
    public enum Order {
        NEWEST_FIRST,
        OLDEST_FIRST
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String username;
    private final Order order;
    private final List<ObjectNode> listens = new ArrayList<>();
    private final AtomicInteger pages = new AtomicInteger();
    private final List<HttpUrl> requests = new CopyOnWriteArrayList<>();
    private volatile int failAtPage = -1;

    public FakeListenBrainz(String username, Order order) {
        this.username = username;
        this.order = order;
    }

    /** The first listen of the fixture answer. */
    public static ObjectNode fixtureListen() {
        return (ObjectNode)
                fixture("listens-page.json").path("payload").path("listens").get(0);
    }

    /** A fixture of {@code src/test/resources/listenbrainz}, parsed. */
    public static JsonNode fixture(String name) {
        return JSON.readTree(fixtureText(name));
    }

    /** A fixture of {@code src/test/resources/listenbrainz}, as text. */
    public static String fixtureText(String name) {
        try (InputStream in = FakeListenBrainz.class.getResourceAsStream("/listenbrainz/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a listen at {@code listenedAt}, the {@code n}th distinct recording. */
    public FakeListenBrainz listen(long listenedAt, int n) {
        ObjectNode listen = fixtureListen().deepCopy();
        String msid = UUID.nameUUIDFromBytes(("recording " + n).getBytes(StandardCharsets.UTF_8))
                .toString();
        listen.put("listened_at", listenedAt);
        listen.put("inserted_at", listenedAt + 5);
        listen.put("recording_msid", msid);
        listen.put("user_name", username);
        ((ObjectNode) listen.path("track_metadata")).put("track_name", "Track " + n);
        listens.add(listen);
        return this;
    }

    /** The listened_at of every listen served, one per listen. */
    public List<Long> times() {
        return listens.stream().map(l -> l.path("listened_at").longValue()).toList();
    }

    /** The listens pages served so far. */
    public int pagesServed() {
        return pages.get();
    }

    /** The URLs of the requests so far, in order. */
    public List<HttpUrl> requests() {
        return List.copyOf(requests);
    }

    /** Answers page {@code page} (counted from 1, over the server's life) with malformed JSON. */
    public void failAtPage(int page) {
        failAtPage = page;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        requests.add(url);
        if (!url.encodedPath().equals("/1/user/" + username + "/listens")) {
            return new MockResponse.Builder()
                    .code(404)
                    .body("{\"code\": 404, \"error\": \"Not found\"}")
                    .build();
        }
        int page = pages.incrementAndGet();
        if (page == failAtPage) {
            return new MockResponse.Builder()
                    .code(200)
                    .body("{\"payload\": {\"count\": 100, \"listens\": [{\"listened_at\": 1")
                    .build();
        }
        long min = Long.parseLong(url.queryParameter("min_ts"));
        long max = Long.parseLong(url.queryParameter("max_ts"));
        int count = Integer.parseInt(url.queryParameter("count"));
        Comparator<ObjectNode> byTime =
                Comparator.comparingLong(l -> l.path("listened_at").longValue());
        List<ObjectNode> window = listens.stream()
                .filter(l -> l.path("listened_at").longValue() > min
                        && l.path("listened_at").longValue() < max)
                .sorted(order == Order.NEWEST_FIRST ? byTime.reversed() : byTime)
                .limit(count)
                .toList();
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode payload = answer.putObject("payload");
        payload.put("count", window.size());
        payload.put(
                "latest_listen_ts",
                listens.stream()
                        .mapToLong(l -> l.path("listened_at").longValue())
                        .max()
                        .orElse(0));
        ArrayNode array = payload.putArray("listens");
        window.forEach(array::add);
        payload.put("user_id", username);
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .addHeader("X-RateLimit-Remaining", "50")
                .addHeader("X-RateLimit-Reset-In", "10")
                .body(answer.toString())
                .build();
    }
}
