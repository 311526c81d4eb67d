package org.moomoo.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A MusicBrainz web service of the demo library's entities on 127.0.0.1: {@code GET
 * /ws/2/<entity>/<mbid>} and the browse {@code GET /ws/2/release?artist=<mbid>}, answering 404 as
 * MusicBrainz does for anything else. What a local MusicBrainz mirror would be, for the offline demo.
 */
public final class DemoMusicBrainzServer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoMusicBrainz documents;

    /** Serves {@code documents}. */
    public DemoMusicBrainzServer(DemoMusicBrainz documents) {
        this.documents = documents;
    }

    /** Starts serving on 127.0.0.1:{@code port} (0 for any free port); the server's address says which. */
    public HttpServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/ws/2/", this::answer);
        server.start();
        return server;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String[] parts = uri.getPath().substring("/ws/2/".length()).split("/");
            Optional<Map<String, Object>> document = Optional.empty();
            if (parts.length == 2) {
                document = documents.document(parts[0], parts[1]);
            } else if (parts.length == 1 && parts[0].equals("release")) {
                document = query(uri, "artist").flatMap(documents::releasesOf);
            }
            byte[] body = JSON.writeValueAsBytes(document.isPresent() ? document.get() : Map.of("error", "Not Found"));
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(document.isPresent() ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Optional<String> query(URI uri, String name) {
        String raw = uri.getRawQuery();
        if (raw == null) {
            return Optional.empty();
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return Optional.of(java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
