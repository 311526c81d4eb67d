package org.moomoo.api.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moomoo.api.ApiClient;
import org.moomoo.api.ApiTestProperties;
import org.moomoo.api.Json;
import org.moomoo.api.Library;
import org.moomoo.database.DatabaseUri;
import org.moomoo.models.testing.AnalyticDatabaseInitializer;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.SongPath;
import org.moomoo.playlist.similarity.SongPathTrack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * {@code /playlist/path} on a real database and port: the engine's path in the playlist envelope with
 * a {@code step} on each track after the first, and every bad request a 4xx envelope with a message.
 */
// The extra property gives this class a context, and so a database, of its own: with RoutesTest's
// configuration exactly, Spring would hand both the same cached context, and their rows would meet.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApiTestProperties.PLAIN, "moomoo.test.library=song-path"})
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SongPathRouteTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    DatabaseUri testDatabase;

    @Autowired
    CurrentSnapshot snapshot;

    ApiClient api;

    @BeforeAll
    void library() {
        api = new ApiClient(port);
        Library library = new Library(testDatabase);
        float[] rock = library.centre();
        float[] jazz = library.centre();
        for (int i = 1; i <= 8; i++) {
            library.file("rock/" + i + ".flac", UUID.randomUUID(), rock);
            library.file("jazz/" + i + ".flac", UUID.randomUUID(), jazz);
        }
        library.unembedded("silent/only.mp3");
        library.published();
        snapshot.refresh();
    }

    @Test
    void aPathIsTheEnginesPathWithAStepOnEachTrackAfterTheFirst() throws Exception {
        HttpResponse<String> response = api.get("/playlist/path?from=rock/1.flac&to=jazz/1.flac&n=6");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode body = Json.body(response);
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("playlists")).hasSize(1);
        JsonNode tracks = body.get("playlists").get(0).get("playlist");
        List<SongPathTrack> expected = new SongPath(snapshot).between("rock/1.flac", "jazz/1.flac", 6, 2);
        assertThat(tracks).hasSize(6);
        List<String> paths = new ArrayList<>();
        tracks.forEach(track -> paths.add(track.get("filepath").asString()));
        assertThat(paths)
                .isEqualTo(expected.stream().map(t -> t.track().filepath()).toList());
        assertThat(tracks.get(0).has("step")).isFalse();
        assertThat(tracks.get(0).get("is_seed").asBoolean()).isTrue();
        for (int i = 1; i < 6; i++) {
            assertThat(tracks.get(i).get("step").asDouble())
                    .isEqualTo(expected.get(i).step());
        }
        assertThat(tracks.get(3).get("is_seed").asBoolean()).isFalse();
        assertThat(tracks.get(3).get("match_distance").asDouble())
                .isEqualTo(expected.get(3).track().matchDistance());
        assertThat(tracks.get(5).get("is_seed").asBoolean()).isTrue();
    }

    @Test
    void withoutNThePathHasTwentyTracksOrAsManyAsTheLibraryAllows() {
        JsonNode tracks = Json.body(api.get("/playlist/path?from=rock/1.flac&to=jazz/1.flac"))
                .get("playlists")
                .get(0)
                .get("playlist");

        // Sixteen files of sixteen artists: every one once, from rock/1 to jazz/1.
        assertThat(tracks).hasSize(16);
        assertThat(tracks.get(15).get("filepath").asString()).isEqualTo("jazz/1.flac");
    }

    @Test
    void slashesInTheEndsAreNormalisedAsInFromFiles() {
        HttpResponse<String> response = api.get("/playlist/path?from=rock//1.flac&to=jazz/1.flac/&n=2");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tracks = Json.body(response).get("playlists").get(0).get("playlist");
        assertThat(tracks.get(0).get("filepath").asString()).isEqualTo("rock/1.flac");
        assertThat(tracks.get(1).get("filepath").asString()).isEqualTo("jazz/1.flac");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /playlist/path                                         | 400 | from is missing: give the path of the first track, relative to the library (/playlist/path?from=A.flac&to=B.flac).
            /playlist/path?from=rock/1.flac                        | 400 | to is missing: give the path of the last track, relative to the library (/playlist/path?from=A.flac&to=B.flac).
            /playlist/path?from=&to=jazz/1.flac                    | 400 | from must not be empty; give a file relative to the library.
            /playlist/path?from=a%00b&to=jazz/1.flac               | 400 | from 'a\\u0000b' contains a control character.
            /playlist/path?from=a&from=b&to=jazz/1.flac            | 400 | from is given 2 times; give it once.
            /playlist/path?from=rock/1.flac&to=jazz/1.flac&n=1     | 400 | n must be a whole number from 2 to 500, got '1'.
            /playlist/path?from=rock/1.flac&to=jazz/1.flac&n=501   | 400 | n must be a whole number from 2 to 500, got '501'.
            /playlist/path?from=rock/1.flac&to=jazz/1.flac&n=x     | 400 | n must be a whole number from 2 to 500, got 'x'.
            /playlist/path?from=rock/1.flac&to=rock/1.flac         | 400 | From and to are the same file, rock/1.flac; a path needs two different tracks.
            /playlist/path?from=rock/1.flac&to=nowhere.flac        | 404 | No file of the library is at nowhere.flac (paths are relative to the library).
            /playlist/path?from=rock&to=jazz/1.flac                | 404 | No file of the library is at rock (paths are relative to the library).
            /playlist/path?from=silent/only.mp3&to=jazz/1.flac     | 422 | The file silent/only.mp3 has no usable vector yet (not embedded, embedding failed, or shorter than 60 s); run embed and conditioner-apply, then build-models.
            """)
    void aBadRequestIsRefusedWithAMessage(String pathAndQuery, int status, String message) {
        HttpResponse<String> response = api.get(pathAndQuery);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode body = Json.body(response);
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("error").asString())
                .isEqualTo(message.replace("\\u0000", "\u0000").translateEscapes());
        assertThat(response.body()).doesNotContain("Exception", "java.", "org.");
    }
}
