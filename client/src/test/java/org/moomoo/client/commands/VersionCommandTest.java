package org.moomoo.client.commands;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.moomoo.client.ClientRun;
import org.moomoo.client.ClientRun.Result;
import org.moomoo.client.Fixtures;

class VersionCommandTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void printsTheClientVersionWithoutAServer() {
        Result result = ClientRun.bare().run("version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("moomoo-client \\d+\\.\\d+\\.\\d+\\S*\n");
    }

    @Test
    void asksTheServerForItsVersionOnRequest() throws Exception {
        server.enqueue(Fixtures.ok("version.json"));

        Result result =
                ClientRun.bare().env("MOOMOO_HOST", server.url("/").toString()).run("version", "--server");

        assertThat(result.out()).endsWith("server 0.1.0\n");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/version");
    }
}
