package org.moomoo.jobs.musicbrainzdump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.listenbrainz.RecordingSleeper;

/** The MetaBrainz live data feed client (spec/ingest.md 4.4 and 5.12, "External calls"). */
class MetaBrainzDumpsClientTest {

    private static final String TOKEN = "live-token";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private MetaBrainzDumpsClient client(String token) {
        return new MetaBrainzDumpsClient(
                server.url("/api/musicbrainz").toString(), token, "moomoo ( test )", Duration.ofSeconds(5), sleeper);
    }

    @Test
    void withoutATokenNothingIsAsked() {
        assertThatThrownBy(() -> client(" ").latestPacket())
                .isInstanceOf(PacketDumpException.class)
                .hasMessage("METABRAINZ_LIVE_DATA_TOKEN env var must be set to access live data dumps.");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theLatestPacketIsTheNumberInLastPacket() throws InterruptedException {
        server.enqueue(new MockResponse.Builder()
                .body("{\"last_packet\": \"replication-182019.tar.bz2\"}")
                .build());

        assertThat(client(TOKEN).latestPacket()).isEqualTo(182019);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/musicbrainz/replication-info");
        assertThat(request.getUrl().queryParameter("token")).isEqualTo(TOKEN);
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("moomoo ( test )");
    }

    @Test
    void aNotFoundThatSaysNoDumpIsNoDumpAndAnyOtherIsAnError() throws InterruptedException {
        server.enqueue(new MockResponse.Builder()
                .code(404)
                .body("{\"error\": \"Can't find specified JSON dump\"}")
                .build());
        server.enqueue(new MockResponse.Builder().code(404).body("Not Found").build());
        server.enqueue(new MockResponse.Builder().code(500).body("oops").build());

        assertThat(client(TOKEN).dump(5, "artist")).isEmpty();
        assertThatThrownBy(() -> client(TOKEN).dump(6, "artist")).hasMessage("dump 6-artist: HTTP 404: Not Found");
        assertThatThrownBy(() -> client(TOKEN).dump(7, "artist"))
                .hasMessage("dump 7-artist: HTTP 500: oops")
                .hasMessageNotContaining(TOKEN);
        assertThat(server.takeRequest().getUrl().encodedPath())
                .isEqualTo("/api/musicbrainz/json-dumps/json-dump-5/artist.tar.xz");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterFiveAttempts() {
        server.close();

        assertThatThrownBy(() -> client(TOKEN).latestPacket())
                .isInstanceOf(PacketDumpException.class)
                .hasMessageContaining("after 5 attempts")
                .hasMessageNotContaining(TOKEN);
        assertThat(sleeper.waits())
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }
}
