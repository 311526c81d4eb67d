package org.moomoo.jobs.listenbrainz;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;

/**
 * A mock ListenBrainz that answers each path from a script: the responses queued for that path
 * first, in order, then the path's standing answer, else the fallback (a 404 unless set). Records every request it gets, so
 * that a test counts the calls of one path whatever else ran before.
 */
public final class ScriptedListenBrainz extends Dispatcher {

    private final Map<String, Deque<MockResponse>> queued = new LinkedHashMap<>();
    private final Map<String, Function<HttpUrl, MockResponse>> standing = new LinkedHashMap<>();
    private final List<HttpUrl> requests = new CopyOnWriteArrayList<>();
    private Function<HttpUrl, MockResponse> otherwise = url -> error(404, "Not found");

    /** A 200 with {@code body} and the rate-limit headers ListenBrainz sends. */
    public static MockResponse ok(String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .addHeader("X-RateLimit-Remaining", "50")
                .addHeader("X-RateLimit-Reset-In", "10")
                .body(body)
                .build();
    }

    /** An error answer with ListenBrainz's error body. */
    public static MockResponse error(int code, String message) {
        return new MockResponse.Builder()
                .code(code)
                .body("{\"code\": " + code + ", \"error\": \"" + message + "\"}")
                .build();
    }

    /** A 429 asking to wait {@code seconds}. */
    public static MockResponse tooManyRequests(int seconds) {
        return new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", String.valueOf(seconds))
                .body("{\"code\": 429, \"error\": \"Rate limit exceeded\"}")
                .build();
    }

    /** 204: no data. */
    public static MockResponse noContent() {
        return new MockResponse.Builder().code(204).build();
    }

    /** A 200 whose connection closes in the middle of {@code body}. */
    public static MockResponse cutShort(String body) {
        return new MockResponse.Builder()
                .code(200)
                .body(body)
                .onResponseBody(new SocketEffect.CloseSocket())
                .build();
    }

    /** Queues {@code responses} for {@code path}, served before its standing answer. */
    public synchronized ScriptedListenBrainz enqueue(String path, MockResponse... responses) {
        Deque<MockResponse> queue = queued.computeIfAbsent(path, p -> new ArrayDeque<>());
        for (MockResponse response : responses) {
            queue.addLast(response);
        }
        return this;
    }

    /** Queues {@code response} {@code times} times for {@code path}. */
    public ScriptedListenBrainz enqueue(String path, int times, MockResponse response) {
        for (int i = 0; i < times; i++) {
            enqueue(path, response);
        }
        return this;
    }

    /** Answers every request of {@code path} (once its queue is empty) with {@code answer}. */
    public synchronized ScriptedListenBrainz always(String path, Function<HttpUrl, MockResponse> answer) {
        standing.put(path, answer);
        return this;
    }

    /** Answers every path that has neither a queue nor a standing answer (by default a 404). */
    public synchronized ScriptedListenBrainz otherwise(Function<HttpUrl, MockResponse> answer) {
        otherwise = answer;
        return this;
    }

    /** Forgets the script and the requests. */
    public synchronized void reset() {
        queued.clear();
        standing.clear();
        otherwise = url -> error(404, "Not found");
        requests.clear();
    }

    /** The requests of {@code path} so far. */
    public List<HttpUrl> requests(String path) {
        return requests.stream().filter(url -> url.encodedPath().equals(path)).toList();
    }

    /** Every request so far. */
    public List<HttpUrl> requests() {
        return List.copyOf(requests);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        requests.add(url);
        String path = url.encodedPath();
        Deque<MockResponse> queue = queued.get(path);
        if (queue != null && !queue.isEmpty()) {
            return queue.removeFirst();
        }
        Function<HttpUrl, MockResponse> answer = standing.get(path);
        return answer != null ? answer.apply(url) : otherwise.apply(url);
    }
}
