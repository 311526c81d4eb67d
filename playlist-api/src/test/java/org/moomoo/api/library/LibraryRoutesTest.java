package org.moomoo.api.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/** /users, /library/info, /library/search, /library/tracks and /library/map on a real server and database. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApiTestProperties.PLAIN, "moomoo.api.default-user=cleo"})
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryRoutesTest {

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
        float[] north = library.centre();
        float[] south = new float[north.length];
        for (int i = 0; i < north.length; i++) {
            south[i] = -north[i] * 4;
            north[i] = north[i] * 4;
        }
        for (int i = 1; i <= 5; i++) {
            library.tagged("Beyoncé/Café Noir/0" + i + ".flac", "Song " + i, "Beyoncé", "Café Noir", north);
            library.tagged("Miles/Blue/0" + i + ".mp3", "Blue " + i, "Miles", "Blue", south);
        }
        library.tagged("loose/untagged.mp3", null, null, null, null);
        library.root(Path.of("/srv/music"));
        library.collection("bea", "loved-tracks", List.of(new Playlist(null, null, List.of(Track.ofPath("a.mp3")))));
        library.collection("ada", "top-artists", List.of(new Playlist(null, null, List.of(Track.ofPath("b.mp3")))));
        library.published();
        snapshot.refresh();
    }

    @Test
    void usersAreThoseWithCollectionsAndTheDefaultIsTheConfiguredListener() {
        JsonNode body = Json.body(api.get("/users"));
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("users").valueStream().map(JsonNode::asString)).containsExactly("ada", "bea");
        assertThat(body.get("default").asString()).isEqualTo("cleo");
    }

    @Test
    void infoGivesTheFileCountAndTheRecordedRoot() {
        JsonNode body = Json.body(api.get("/library/info"));
        assertThat(body.get("files").asInt()).isEqualTo(11);
        assertThat(body.get("root").asString()).isEqualTo("/srv/music");
    }

    @ParameterizedTest
    @CsvSource({
        "cafe, 5",
        "CAFÉ NOIR, 5",
        "beyonce, 5",
        "BEYONCÉ song 3, 1",
        "blue, 5",
        "miles/blue/03, 1",
        "untagged, 1"
    })
    void searchIgnoresCaseAndAccentsOverTitleArtistAlbumAndPath(String query, int expected) {
        JsonNode body = Json.body(api.get("/library/search?q=" + encode(query)));
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("total").asInt()).isEqualTo(expected);
        assertThat(body.get("tracks").size()).isEqualTo(expected);
    }

    @Test
    void aSearchResultCarriesTheTagsAndWhetherTheFileIsEmbedded() {
        JsonNode track = Json.body(api.get("/library/search?q=" + encode("song 2")))
                .get("tracks")
                .get(0);
        assertThat(track.get("filepath").asString()).isEqualTo("Beyoncé/Café Noir/02.flac");
        assertThat(track.get("title").asString()).isEqualTo("Song 2");
        assertThat(track.get("artist").asString()).isEqualTo("Beyoncé");
        assertThat(track.get("album").asString()).isEqualTo("Café Noir");
        assertThat(track.get("track_length_seconds").asInt()).isEqualTo(200);
        assertThat(track.get("embedded").asBoolean()).isTrue();
        JsonNode loose =
                Json.body(api.get("/library/search?q=untagged")).get("tracks").get(0);
        assertThat(loose.has("title")).isFalse();
        assertThat(loose.get("embedded").asBoolean()).isFalse();
    }

    @Test
    void everyWordMustMatchSomewhere() {
        assertThat(Json.body(api.get("/library/search?q=beyonce+blue"))
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void theLimitCutsTheListButNotTheTotal() {
        JsonNode body = Json.body(api.get("/library/search?q=blue&limit=2"));
        assertThat(body.get("total").asInt()).isEqualTo(5);
        assertThat(body.get("tracks").size()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "/library/search | q is required: the words to look for in titles, artists, albums and paths.",
                "/library/search?q=%20%20 | q is required: the words to look for in titles, artists, albums and paths.",
                "/library/search?q=a&q=b | q is given 2 times; give it once.",
                "/library/search?q=a&limit=0 | limit must be a whole number from 1 to 200, got '0'.",
                "/library/search?q=a&limit=x | limit must be a whole number from 1 to 200, got 'x'.",
                "/library/search?q=a%01 | q 'a\u0001' contains a control character.",
                "/library/tracks | No paths provided.",
                "/library/file | path is required: a file relative to the library, as the routes return it."
            })
    void badParametersAre400Envelopes(String pathAndQuery, String error) {
        HttpResponse<String> response = api.get(pathAndQuery.strip());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = Json.body(response);
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("error").asString()).isEqualTo(error.strip());
    }

    @Test
    void aTooLongQueryIsA400() {
        HttpResponse<String> response = api.get("/library/search?q=" + "a".repeat(201));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.body(response).get("error").asString())
                .isEqualTo("q is 201 characters long; at most 200 are accepted.");
    }

    @Test
    void tracksGivesTheTagsOfTheFilesOfTheLibraryOnly() {
        JsonNode tracks = Json.body(api.get("/library/tracks?path=" + encode("Miles/Blue/01.mp3") + "&path=nope.mp3"))
                .get("tracks");
        assertThat(tracks.size()).isEqualTo(1);
        assertThat(tracks.get(0).get("title").asString()).isEqualTo("Blue 1");
    }

    @Test
    void moreThan500TrackPathsAreA400() {
        StringBuilder query = new StringBuilder("/library/tracks?path=a");
        query.append("&path=a".repeat(500));
        HttpResponse<String> response = api.get(query.toString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.body(response).get("error").asString())
                .isEqualTo("At most 500 path values are accepted, got 501.");
    }

    @Test
    void theMapHasOnePointPerEmbeddedFileAndSeparatesTheTwoGroupsAlongItsFirstAxis() {
        JsonNode map = Json.body(api.get("/library/map"));
        assertThat(map.get("success").asBoolean()).isTrue();
        assertThat(map.get("points").asInt()).isEqualTo(10);
        List<String> paths = new ArrayList<>();
        map.get("paths").forEach(path -> paths.add(path.asString()));
        assertThat(paths).doesNotContain("loose/untagged.mp3").hasSize(10);
        List<Double> beyonce = new ArrayList<>();
        List<Double> miles = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            (paths.get(i).startsWith("Miles") ? miles : beyonce)
                    .add(map.get("x").get(i).asDouble());
        }
        // The groups sit far apart along one direction: the first component, with opposite signs.
        assertThat(Math.signum(beyonce.get(0))).isNotEqualTo(Math.signum(miles.get(0)));
        assertThat(beyonce).allMatch(x -> Math.signum(x) == Math.signum(beyonce.get(0)));
        assertThat(miles).allMatch(x -> Math.signum(x) == Math.signum(miles.get(0)));
        assertThat(map.get("artists").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("Beyoncé", "Miles");
        int first = map.get("artist").get(0).asInt();
        assertThat(map.get("artists").get(first).asString())
                .isEqualTo(paths.get(0).startsWith("Miles") ? "Miles" : "Beyoncé");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
