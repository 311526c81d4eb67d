package org.moomoo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.moomoo.database.DatabaseUri;
import org.moomoo.models.testing.AnalyticDatabaseInitializer;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

/**
 * The collection bodies the server keeps in memory: served as they are within the check interval,
 * and fresh once it has passed after a job replaced or dropped the collection. The server's clock
 * is moved by the test, so nothing waits.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApiTestProperties.PLAIN, "moomoo.api.collection-check-interval=10s"})
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionFreshnessTest {

    private static final Duration INTERVAL = Duration.ofSeconds(10);

    /** A clock the test moves; the server takes it for its own. */
    static final class MovedClock extends Clock {

        private volatile Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        MovedClock movedClock() {
            return new MovedClock();
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    DatabaseUri testDatabase;

    @Autowired
    MovedClock clock;

    ApiClient api;
    CollectionStore store;

    @BeforeAll
    void collections() {
        api = new ApiClient(port);
        Library library = new Library(testDatabase);
        store = library.collections();
        library.collection("ada", "top-artists", List.of(playlist("old")))
                .collection("ada", "loved-tracks", List.of(playlist("loved")));
    }

    private static Playlist playlist(String name) {
        return new Playlist(name, name + " mix", List.of(Track.ofPath(name + "/1.mp3"), Track.ofPath(name + "/2.mp3")));
    }

    @Test
    void aReplacedCollectionIsServedFreshOnceTheCheckIntervalHasPassed() {
        assertThat(api.get("/playlist/suggest/by-artist/ada").body()).contains("old/1.mp3");

        store.replace(store.get("ada", "top-artists"), List.of(playlist("new"), playlist("newer")), true);
        // Within the interval the body in memory is served: the database is not read on every request.
        assertThat(api.get("/playlist/suggest/by-artist/ada").body())
                .contains("old/1.mp3")
                .doesNotContain("new/1.mp3");

        clock.advance(INTERVAL);
        String fresh = api.get("/playlist/suggest/by-artist/ada").body();
        assertThat(fresh).contains("\"title\": \"new\"", "new/2.mp3", "\"title\": \"newer\"");
        assertThat(fresh).doesNotContain("old/1.mp3");
    }

    @Test
    void aDroppedCollectionIsA404OnceTheCheckIntervalHasPassed() {
        assertThat(api.get("/playlist/loved/ada").statusCode()).isEqualTo(200);

        store.drop(store.get("ada", "loved-tracks"));
        clock.advance(INTERVAL);
        assertThat(api.get("/playlist/loved/ada").statusCode()).isEqualTo(404);
        assertThat(api.get("/playlist/loved/ada").body())
                .isEqualTo(
                        "{\"success\": false, \"error\": \"Collection loved-tracks collection not found for ada.\"}");
    }
}
