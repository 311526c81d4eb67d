package org.moomoo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.moomoo.database.DatabaseUri;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The database goes away (a proxy between the server and PostgreSQL is cut, the shared cluster
 * stays up): requests that need it get a 503 envelope, the library in memory keeps answering, and
 * once it is back requests succeed without restarting the server.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            ApiTestProperties.PLAIN,
            "spring.datasource.hikari.connection-timeout=1000",
            // Collections are looked up on every request, so the first one after the cut needs the database.
            "moomoo.api.collection-check-interval=0s"
        })
@ContextConfiguration(initializers = ProxiedDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    DatabaseUri testDatabase;

    @Autowired
    TcpProxy databaseProxy;

    @Autowired
    CurrentSnapshot snapshot;

    ApiClient api;

    @BeforeAll
    void library() {
        api = new ApiClient(port);
        Library library = new Library(testDatabase);
        float[] centre = library.centre();
        for (int i = 1; i <= 5; i++) {
            library.file("album/" + i + ".flac", UUID.randomUUID(), centre);
        }
        library.collection("ada", "loved-tracks", List.of(new Playlist(null, null, List.of(Track.ofPath("a.mp3")))))
                .published();
        snapshot.refresh();
    }

    @AfterEach
    void databaseBack() {
        databaseProxy.restore();
        assertThat(afterReconnecting("/playlist/loved/ada").statusCode()).isEqualTo(200);
    }

    @Test
    void requestsDuringAnOutageGetA503EnvelopeAndLaterOnesSucceed() {
        assertThat(api.get("/playlist/loved/ada").statusCode()).isEqualTo(200);

        databaseProxy.cut();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> during = api.get("/playlist/loved/ada");
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(during.body())
                    .isEqualTo(
                            "{\"success\": false, \"error\": \"The database is unavailable; try again in a moment.\"}");
        }
        assertThat(api.get("/playlist/from-files?path=album&username=ada").statusCode())
                .isEqualTo(503);

        databaseProxy.restore();
        HttpResponse<String> after = afterReconnecting("/playlist/loved/ada");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("a.mp3");
        assertThat(api.get("/playlist/from-files?path=album&username=ada").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theLibraryInMemoryKeepsAnsweringFromFilesDuringAnOutage() {
        databaseProxy.cut();
        HttpResponse<String> response = api.get("/playlist/from-files?path=album/1.flac&n=5");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.body(response).get("playlists").get(0).get("playlist")).hasSize(5);
    }

    @Test
    void theHealthIsDownDuringAnOutageAndUpAfter() {
        databaseProxy.cut();
        HttpResponse<String> during = api.get("/actuator/health");
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(Json.body(during).get("components").get("db").get("status").asString())
                .isEqualTo("DOWN");
        databaseProxy.restore();
        assertThat(afterReconnecting("/actuator/health").statusCode()).isEqualTo(200);
    }

    /**
     * The first answer of {@code route} that is not a 503: the pool reconnects by itself after a
     * back-off of up to 5 s, and until then requests still get the 503.
     */
    private HttpResponse<String> afterReconnecting(String route) {
        HttpResponse<String> response = api.get(route);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            response = api.get(route);
        }
        return response;
    }
}
