package org.moomoo.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.pgvector.PGvector;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.moomoo.database.DatabaseUri;
import org.moomoo.models.testing.AnalyticDatabaseInitializer;
import org.moomoo.models.testing.AnalyticSchema;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The real models are rebuilt and published in a loop ({@link AnalyticSchema#build}, the model
 * runner's build and publish) while requests go: none fails, and the server moves to the new
 * build by itself.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApiTestProperties.PLAIN, "moomoo.playlist.refresh-check-interval=200ms"})
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelPublishTest {

    private static final int FILES = 30;
    private static final int PUBLISHES = 2;

    @Value("${local.server.port}")
    int port;

    @Autowired
    DatabaseUri testDatabase;

    @Autowired
    CurrentSnapshot snapshot;

    ApiClient api;

    @BeforeAll
    void libraryFromTheRawTables() throws Exception {
        api = new ApiClient(port);
        Library library = new Library(testDatabase);
        JdbcClient jdbc = library.jdbc();
        Random random = new Random(7);
        for (int i = 0; i < FILES; i++) {
            String path = "artist" + (i % 3) + "/" + i + ".flac";
            UUID artist = UUID.nameUUIDFromBytes(("artist" + (i % 3)).getBytes());
            jdbc.sql("""
                    INSERT INTO raw.local_music_files (filepath, json_data, file_created_at, file_modified_at)
                    VALUES (:path, CAST(:json AS jsonb), now(), now())
                    """)
                    .param("path", path)
                    .param("json", """
                    {"title": "Track %d", "artist": "Artist %d", "length": "200.5",
                     "musicbrainz_artistid": "%s", "musicbrainz_trackid": "%s"}
                    """.formatted(i, i % 3, artist, Library.recording(path)))
                    .update();
            float[] vector = new float[Library.DIMENSION];
            for (int d = 0; d < vector.length; d++) {
                vector[d] = (float) random.nextGaussian();
            }
            jdbc.sql("""
                    INSERT INTO raw.local_music_embeddings (filepath, embedder, success, duration_seconds,
                      conditioned_embedding)
                    VALUES (:path, 'test', true, 120, :vector)
                    """)
                    .param("path", path)
                    .param("vector", new PGvector(vector))
                    .update();
        }
        library.collection("ada", "loved-tracks", List.of(new Playlist(null, null, List.of(Track.ofPath("a.mp3")))));
        AnalyticSchema.build(testDatabase);
        snapshot.refresh();
    }

    @Test
    void noRequestFailsWhileTheModelsArePublishedAndTheServerMovesToTheNewBuild() throws Exception {
        long before = snapshot.get().buildId();
        assertThat(snapshot.get().size()).isEqualTo(FILES);
        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < PUBLISHES; i++) {
                    AnalyticSchema.build(testDatabase);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> failures = new ArrayList<>();
        int requests = 0;
        List<String> routes = List.of(
                "/playlist/from-files?path=artist0/0.flac&n=10&username=ada&recency=0.5",
                "/playlist/from-files?path=artist1&n=5",
                "/playlist/from-mbids?n=5&mbid=" + Library.recording("artist2/2.flac"),
                "/playlist/loved/ada");
        while (!publishing.isDone()) {
            for (String route : routes) {
                HttpResponse<String> response = api.get(route);
                requests++;
                if (response.statusCode() != 200) {
                    failures.add(route + " -> " + response.statusCode() + " " + response.body());
                }
            }
        }
        publishing.join();
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThan(routes.size());

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (snapshot.get().buildId() < before + PUBLISHES && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(snapshot.get().buildId()).isEqualTo(before + PUBLISHES);
        assertThat(snapshot.get().size()).isEqualTo(FILES);
    }
}
