package org.moomoo.jobs.musicbrainzdump;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * MetaBrainz's live data feed for MockWebServer: {@code replication-info} names the latest packet,
 * and every packet's dump has ten records unless a test sets another answer for it.
 */
final class FakeMetaBrainz extends Dispatcher {

    private static final Pattern DUMP = Pattern.compile("/json-dumps/json-dump-(\\d+)/([a-z-]+)\\.tar\\.xz");

    private volatile int latest = 1000;
    private volatile long delayMillis;
    private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    void latest(int packet) {
        latest = packet;
    }

    /** What the dump of {@code packet} and {@code entity} answers, instead of ten records. */
    void answer(int packet, String entity, MockResponse response) {
        answers.put(packet + "-" + entity, response);
    }

    /** Every default dump answers after {@code millis}, as a far server does: slow enough to be killed mid-run. */
    void delay(long millis) {
        delayMillis = millis;
    }

    void reset() {
        answers.clear();
        tokens.clear();
        paths.clear();
        latest = 1000;
        delayMillis = 0;
    }

    List<String> tokens() {
        return List.copyOf(tokens);
    }

    List<String> paths() {
        return List.copyOf(paths);
    }

    static MockResponse noDump() {
        return new MockResponse.Builder()
                .code(404)
                .body("{\"code\": 404, \"error\": \"Can't find specified JSON dump.\"}")
                .build();
    }

    static MockResponse dump(PacketArchives archive) {
        return new MockResponse.Builder().code(200).body(archive.buffer()).build();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        tokens.add(String.valueOf(request.getUrl().queryParameter("token")));
        paths.add(path);
        if (path.equals("/api/musicbrainz/replication-info")) {
            return new MockResponse.Builder()
                    .code(200)
                    .body("{\"last_packet\": \"replication-" + latest + ".tar.bz2\"}")
                    .build();
        }
        Matcher dump = DUMP.matcher(path.replaceFirst("^/api/musicbrainz", ""));
        if (!dump.matches()) {
            return new MockResponse.Builder().code(404).body("no such page").build();
        }
        int packet = Integer.parseInt(dump.group(1));
        String entity = dump.group(2);
        MockResponse answer = answers.get(packet + "-" + entity);
        if (answer != null) {
            return answer;
        }
        MockResponse.Builder slow = dump(PacketArchives.of(entity, PacketArchives.artists(packet * 100, 10)))
                .newBuilder();
        return slow.headersDelay(delayMillis, TimeUnit.MILLISECONDS).build();
    }
}
