package org.moomoo.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import okhttp3.Headers;

/** The playlist-api answers under src/test/resources/fixtures/playlist-api, shaped as the server's envelope (spec 7.3). */
public final class Fixtures {

    private Fixtures() {}

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/playlist-api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON answer with this status and the fixture as its body. */
    public static MockResponse answer(int status, String name) {
        return new MockResponse(status, Headers.of("Content-Type", "application/json"), text(name));
    }

    /** A 200 answer with the fixture as its body. */
    public static MockResponse ok(String name) {
        return answer(200, name);
    }
}
