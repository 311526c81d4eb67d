package org.moomoo.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.client.ClientRun;
import org.moomoo.client.Fixtures;

class RequestHeadersTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path library;

    private RecordedRequest loved(ClientRun run) throws InterruptedException {
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));
        run.run("loved", "bob");
        return server.takeRequest();
    }

    @Test
    void sendsTheTokenAsABearerWhenSet() throws Exception {
        RecordedRequest request = loved(ClientRun.against(server, library).env("MOOMOO_API_TOKEN", "s3cret"));

        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer s3cret");
    }

    @Test
    void sendsNoAuthorizationWithoutToken() throws Exception {
        RecordedRequest request = loved(ClientRun.against(server, library));

        assertThat(request.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void namesItselfAndAsksForJson() throws Exception {
        RecordedRequest request = loved(ClientRun.against(server, library));

        assertThat(request.getHeaders().get("User-Agent")).startsWith("moomoo-client/");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void keepsThePathPrefixOfTheHost() throws Exception {
        RecordedRequest request = loved(ClientRun.against(server, library)
                .env("MOOMOO_HOST", server.url("/moomoo/").toString()));

        assertThat(request.getUrl().encodedPath()).isEqualTo("/moomoo/playlist/loved/bob");
    }
}
