package org.moomoo.jobs.listenbrainz;

import java.io.IOException;
import java.io.UncheckedIOException;
import mockwebserver3.MockWebServer;

/** A mock server started at class load, for Spring tests whose properties must name its URL. */
public final class MockServers {

    private MockServers() {}

    public static MockWebServer started() {
        MockWebServer server = new MockWebServer();
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }
}
