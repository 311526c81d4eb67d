package org.moomoo.api.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.moomoo.api.ApiClient;
import org.moomoo.api.ApiTestProperties;
import org.moomoo.api.Json;
import org.moomoo.api.Library;
import org.moomoo.database.DatabaseUri;
import org.moomoo.models.testing.AnalyticDatabaseInitializer;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * A server without ffmpeg refuses a file browsers cannot play with a 415 that says why, so that
 * the page marks it not playable; and MOOMOO_MEDIA_LIBRARY names the root in place of the recorded one.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            ApiTestProperties.PLAIN,
            "moomoo.api.ffmpeg=/nonexistent/ffmpeg",
            "moomoo.media-library=${java.io.tmpdir}/moomoo-no-ffmpeg-library"
        })
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileRouteWithoutFfmpegTest {

    @Value("${local.server.port}")
    int port;

    @Value("${moomoo.media-library}")
    Path root;

    @Autowired
    DatabaseUri testDatabase;

    @Autowired
    CurrentSnapshot snapshot;

    ApiClient api;

    @BeforeAll
    void library() throws Exception {
        api = new ApiClient(port);
        Files.createDirectories(root);
        if (FileRouteTest.runs("ffmpeg", "-hide_banner", "-version")) {
            FileRouteTest.ffmpeg(
                    "-f",
                    "lavfi",
                    "-i",
                    "sine=frequency=440:duration=1",
                    "-c:a",
                    "alac",
                    root.resolve("alac.m4a").toString());
        }
        Files.writeString(root.resolve("song.mp3"), "an mp3");
        // The recorded root is elsewhere: the configured one wins.
        new Library(testDatabase)
                .root(Path.of("/somewhere/else"))
                .tagged("alac.m4a", null, null, null, null)
                .tagged("song.mp3", null, null, null, null)
                .published();
        snapshot.refresh();
    }

    @AfterAll
    void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(root);
    }

    @Test
    void alacWithoutFfmpegIsA415ThatSaysWhy() {
        assumeThat(Files.exists(root.resolve("alac.m4a")))
                .as("ffmpeg made the ALAC file")
                .isTrue();
        HttpResponse<String> response = api.get("/library/file?path=alac.m4a");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(Json.body(response).get("error").asString())
                .isEqualTo("'alac.m4a' is ALAC in m4a, which browsers cannot play; install ffmpeg so that the server"
                        + " converts it.");
    }

    @Test
    void theConfiguredLibraryFolderIsTheRoot() {
        HttpResponse<String> response = api.get("/library/file?path=song.mp3");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("an mp3");
    }
}
