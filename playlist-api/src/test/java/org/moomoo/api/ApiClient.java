package org.moomoo.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client on the test server's port. */
public final class ApiClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    /** GET {@code pathAndQuery} (already encoded). */
    public HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    /** GET with {@code Authorization: <authorization>}. */
    public HttpResponse<String> get(String pathAndQuery, String authorization) {
        return send(request(pathAndQuery)
                .header("Authorization", authorization)
                .GET()
                .build());
    }

    /** {@code method} with no body, and {@code headers} as name, value, name, value... */
    public HttpResponse<String> send(String method, String pathAndQuery, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** What a raw request got back: for requests that java.net.http refuses to send. */
    public record RawReply(int status, String contentType, String body) {}

    /**
     * Sends {@code requestLine} (e.g. {@code GET /x?a=%zz HTTP/1.1}) as it is over a socket, with
     * {@code Connection: close}, and reads the reply.
     */
    public RawReply raw(String requestLine) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = reply.indexOf("\r\n\r\n");
            String[] head = reply.substring(0, headersEnd).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            String contentType = null;
            for (String header : head) {
                if (header.toLowerCase().startsWith("content-type:")) {
                    contentType = header.substring("content-type:".length()).strip();
                }
            }
            return new RawReply(status, contentType, reply.substring(headersEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
