package org.moomoo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moomoo.api.system.JsonEnvelope;
import org.moomoo.database.DatabaseUri;
import org.moomoo.models.testing.AnalyticDatabaseInitializer;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/** Every route against a real database on a real port: the original's shapes, then what the port adds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ApiTestProperties.PLAIN)
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesTest {

    private static final UUID ARTIST_A = UUID.fromString("0a0a0a0a-0000-4000-8000-00000000000a");
    private static final UUID ARTIST_B = UUID.fromString("0b0b0b0b-0000-4000-8000-00000000000b");
    private static final UUID ARTIST_C = UUID.fromString("0c0c0c0c-0000-4000-8000-00000000000c");
    private static final List<String> LITERAL_PATHS = List.of(
            "lit/100%.mp3",
            "lit/1000.mp3",
            "lit/a_c.mp3",
            "lit/abc.mp3",
            "lit/it's \"q\".mp3",
            "lit/../x.mp3",
            "x.mp3",
            "lit/Ünïcødé ✓.mp3");

    @Value("${local.server.port}")
    int port;

    @Autowired
    DatabaseUri testDatabase;

    @Autowired
    CurrentSnapshot snapshot;

    @Autowired
    Environment environment;

    ApiClient api;

    @BeforeAll
    void library() {
        api = new ApiClient(port);
        Library library = new Library(testDatabase);
        float[] rock = library.centre();
        float[] jazz = library.centre();
        for (int i = 1; i <= 6; i++) {
            library.file("rock/a/" + i + ".flac", ARTIST_A, rock).file("rock/b/" + i + ".flac", ARTIST_B, rock);
            library.file("jazz/c/" + i + ".flac", ARTIST_C, jazz);
        }
        for (String path : LITERAL_PATHS) {
            library.file(path, UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8)), rock);
        }
        library.unembedded("silent/only.mp3").recordingMbid("jazz/c/1.flac").listener("ada");
        library.collection("ada", "loved-tracks", List.of(new Playlist(null, null, List.of(Track.ofPath("test.mp3")))))
                .collection(
                        "ada",
                        "revisit-tracks",
                        List.of(new Playlist("test", "test", List.of(Track.ofPath("test.mp3")))))
                .collection(
                        "ada",
                        "top-artists",
                        List.of(
                                new Playlist("A", "first", List.of(Track.ofPath("aaa"))),
                                new Playlist("B", "second", List.of(Track.ofPath("bbb"), Track.ofPath("ccc")))))
                .collection("ada", "smart-mixes", List.of())
                .collection(
                        "ada",
                        "revisit-releases",
                        List.of(new Playlist(
                                "Revisit Release 1",
                                "Revisit: R - A",
                                List.of(
                                        Track.ofPath("r/1.mp3").withReason(new Reason.RevisitRelease("R", "A", 12, 1)),
                                        Track.ofPath("r/2.mp3")))));
        for (String name :
                List.of("loved-tracks", "revisit-releases", "revisit-tracks", "top-artists", "smart-mixes")) {
            library.collection("bea", name, List.of(playlist(name, 1, 2), playlist(name, 2, 3)));
        }
        library.published();
        snapshot.refresh();
    }

    private static Playlist playlist(String collection, int number, int tracks) {
        List<Track> list = new ArrayList<>();
        for (int i = 1; i <= tracks; i++) {
            list.add(Track.ofPath(collection + "/" + number + "/" + i + ".mp3"));
        }
        return new Playlist(collection + " " + number, "mix " + number, list);
    }

    @Test
    void pingAnswersSuccess() {
        HttpResponse<String> response = api.get("/ping");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.body(response).get("success").asBoolean()).isTrue();
    }

    @Test
    void versionHasThreeNumericParts() {
        HttpResponse<String> response = api.get("/version");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.body(response).get("version").asString()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void aPlaylistOfOneTrackWithoutTitleIsTheOriginalsEnvelopeByteForByte() {
        HttpResponse<String> response = api.get("/playlist/loved/ada");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body())
                .isEqualTo("{\"success\": true, \"playlists\": [{\"playlist\": [{\"filepath\": \"test.mp3\"}]}]}");
    }

    @Test
    void aTitleAndADescriptionAreBothInTheEnvelope() {
        assertThat(api.get("/playlist/revisit-tracks/ada").body())
                .isEqualTo(
                        "{\"success\": true, \"playlists\": "
                                + "[{\"playlist\": [{\"filepath\": \"test.mp3\"}], \"title\": \"test\", \"description\": \"test\"}]}");
    }

    @Test
    void theFailureEnvelopeIsTheOriginalsByteForByte() {
        assertThat(new String(JsonEnvelope.failure("test"), StandardCharsets.UTF_8))
                .isEqualTo("{\"success\": false, \"error\": \"test\"}");
    }

    @Test
    void anUnknownCollectionIsA404WithTheOriginalsText() {
        HttpResponse<String> response = api.get("/playlist/loved/nobody");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body())
                .isEqualTo(
                        "{\"success\": false, \"error\": \"Collection loved-tracks collection not found for nobody.\"}");
    }

    @Test
    void anEmptyCollectionIsA404WithTheOriginalsText() {
        HttpResponse<String> response = api.get("/playlist/suggest/smart-mix/ada");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.body(response).get("error").asString()).isEqualTo("No smart-mixes playlists found for ada.");
    }

    @Test
    void twoStoredPlaylistsComeBackWithTheirTracksInOrder() {
        JsonNode playlists =
                Json.body(api.get("/playlist/suggest/by-artist/ada")).get("playlists");
        assertThat(playlists).hasSize(2);
        assertThat(paths(playlists.get(0))).containsExactly("aaa");
        assertThat(paths(playlists.get(1))).containsExactly("bbb", "ccc");
        assertThat(playlists.get(1).get("title").asString()).isEqualTo("B");
        assertThat(playlists.get(1).get("description").asString()).isEqualTo("second");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/playlist/loved/",
                "/playlist/revisit-releases/",
                "/playlist/revisit-tracks/",
                "/playlist/suggest/by-artist/",
                "/playlist/suggest/smart-mix/",
                "/playlist/suggest/by-artist",
                "/playlist/loved"
            })
    void aCollectionRouteWithoutItsUsernameIsA404Envelope(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.body(response).get("success").asBoolean()).isFalse();
        assertThat(Json.body(response).get("error").asString()).startsWith("There is no route GET " + path + ";");
    }

    @ParameterizedTest
    @CsvSource({
        "/playlist/loved/bea, loved-tracks",
        "/playlist/revisit-releases/bea, revisit-releases",
        "/playlist/revisit-tracks/bea, revisit-tracks",
        "/playlist/suggest/by-artist/bea, top-artists",
        "/playlist/suggest/smart-mix/bea, smart-mixes"
    })
    void eachCollectionRouteServesItsStoredCollection(String path, String collection) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode playlists = Json.body(response).get("playlists");
        assertThat(playlists).hasSize(2);
        assertThat(paths(playlists.get(0))).containsExactly(collection + "/1/1.mp3", collection + "/1/2.mp3");
        assertThat(paths(playlists.get(1)))
                .containsExactly(collection + "/2/1.mp3", collection + "/2/2.mp3", collection + "/2/3.mp3");
        assertThat(playlists.get(0).get("title").asString()).isEqualTo(collection + " 1");
    }

    @Test
    void fromFilesShowsTheSeedThenItsNeighboursWithTheirDistances() {
        HttpResponse<String> response = api.get("/playlist/from-files?path=rock/a/1.flac&n=6");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode playlists = Json.body(response).get("playlists");
        assertThat(playlists).hasSize(1);
        assertThat(playlists.get(0).has("title")).isFalse();
        JsonNode tracks = playlists.get(0).get("playlist");
        assertThat(tracks).hasSize(6);
        assertThat(tracks.get(0).get("filepath").asString()).isEqualTo("rock/a/1.flac");
        assertThat(tracks.get(0).get("is_seed").asBoolean()).isTrue();
        assertThat(tracks.get(0).has("match_distance")).isFalse();
        for (int i = 1; i < tracks.size(); i++) {
            assertThat(tracks.get(i).get("is_seed").asBoolean()).isFalse();
            assertThat(tracks.get(i).get("match_distance").asDouble()).isPositive();
            assertThat(tracks.get(i).get("filepath").asString()).doesNotStartWith("jazz/");
        }
    }

    @Test
    void aStoredTracksReasonIsAnObjectOnItAndATrackWithoutOneHasNoReasonKey() {
        JsonNode tracks = Json.body(api.get("/playlist/revisit-releases/ada"))
                .get("playlists")
                .get(0)
                .get("playlist");
        JsonNode reason = tracks.get(0).get("reason");
        assertThat(reason.get("kind").asString()).isEqualTo("revisit_release");
        assertThat(reason.get("text").asString())
                .isEqualTo("from R by A, played 12 times 90 to 150 days ago and once since");
        assertThat(reason.get("listens_old").asInt()).isEqualTo(12);
        assertThat(reason.get("listens_recent").asInt()).isEqualTo(1);
        // Stored with a NULL reason, as every row before reasons: the key is left out.
        assertThat(tracks.get(1).has("reason")).isFalse();
    }

    @Test
    void fromFilesGivesEachNeighbourItsNearestSeedAsReason() {
        JsonNode tracks = Json.body(api.get("/playlist/from-files?path=rock/a/1.flac&n=4"))
                .get("playlists")
                .get(0)
                .get("playlist");
        assertThat(tracks.get(0).get("reason").get("kind").asString()).isEqualTo("seed");
        for (int i = 1; i < tracks.size(); i++) {
            JsonNode reason = tracks.get(i).get("reason");
            assertThat(reason.get("kind").asString()).isEqualTo("similar");
            assertThat(reason.get("nearest_seed").asString()).isEqualTo("rock/a/1.flac");
            assertThat(reason.get("text").asString()).startsWith("close to 1 (");
        }
    }

    @Test
    void fromFilesTakesFoldersAndSeveralPathsWithNAndSeed() {
        JsonNode tracks = Json.body(api.get("/playlist/from-files?path=rock/a/&path=jazz//c&n=10&seed=3"))
                .get("playlists")
                .get(0)
                .get("playlist");
        assertThat(tracks).hasSize(10);
        for (int i = 0; i < 3; i++) {
            assertThat(tracks.get(i).get("is_seed").asBoolean()).isTrue();
            assertThat(tracks.get(i).get("filepath").asString()).matches("(rock/a|jazz/c)/\\d\\.flac");
        }
    }

    @Test
    void fromFilesOnAFileWithoutVectorAnswersTheSeedAlone() {
        JsonNode tracks = Json.body(api.get("/playlist/from-files?path=silent/only.mp3"))
                .get("playlists")
                .get(0)
                .get("playlist");
        assertThat(paths(tracks)).containsExactly("silent/only.mp3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lit/100%.mp3", "lit/a_c.mp3", "lit/it's \"q\".mp3", "lit/../x.mp3", "lit/Ünïcødé ✓.mp3"})
    void pathsAreMatchedLiterally(String path) {
        HttpResponse<String> response =
                api.get("/playlist/from-files?n=1&path=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(paths(Json.body(response).get("playlists").get(0).get("playlist")))
                .containsExactly(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lit/100", "lit/a_", "lit/%", "lit/_bc.mp3", "lit/.", "nowhere"})
    void aPathThatIsNoFileOrFolderIsA404(String path) {
        HttpResponse<String> response =
                api.get("/playlist/from-files?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.body(response).get("error").asString())
                .isEqualTo(
                        "No file of the library is at or under the given paths (paths are relative to the library).");
    }

    @Test
    void fromMbidsStartsFromTheFilesOfAnMbid() {
        HttpResponse<String> response = api.get("/playlist/from-mbids?n=4&mbid=" + Library.recording("jazz/c/1.flac"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tracks = Json.body(response).get("playlists").get(0).get("playlist");
        assertThat(tracks).hasSize(4);
        assertThat(tracks.get(0).get("filepath").asString()).isEqualTo("jazz/c/1.flac");
    }

    @Test
    void anMbidOfNoFileIsA404() {
        HttpResponse<String> response = api.get("/playlist/from-mbids?mbid=" + UUID.randomUUID());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.body(response).get("error").asString())
                .isEqualTo("No file of the library is mapped to the given MBIDs.");
    }

    @Test
    void aKnownUsernameAndARecencyFactorAreAccepted() {
        HttpResponse<String> response = api.get("/playlist/from-files?path=rock&n=5&username=ada&recency=0.5");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.body(response).get("playlists").get(0).get("playlist")).hasSize(5);
    }

    @Test
    void anUnknownUsernameIsA404() {
        HttpResponse<String> response = api.get("/playlist/from-files?path=rock&username=zed");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.body(response).get("error").asString())
                .isEqualTo("Unknown user 'zed': no listens or collections are stored for that name.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/web/nope.js",
                "/nope",
                "/playlist",
                "/playlist/from-files/extra",
                "/playlist/loved/ada/more",
                "/static/index.html"
            })
    void anUnknownRouteIsA404Envelope(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(Json.body(response).get("error").asString()).startsWith("There is no route GET " + path + ";");
    }

    @ParameterizedTest
    @CsvSource({"POST, /ping", "DELETE, /playlist/loved/ada", "PUT, /playlist/from-files", "PATCH, /version"})
    void aWrongMethodIsA405Envelope(String method, String path) {
        HttpResponse<String> response = api.send(method, path);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(Json.body(response).get("error").asString())
                .isEqualTo("Method " + method + " is not allowed on " + path + "; every route takes GET.");
    }

    @Test
    void theHealthShowsTheDatabaseAndTheEnginesSnapshot() {
        JsonNode health = Json.body(api.get("/actuator/health"));
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        JsonNode engine = health.get("components").get("engine");
        assertThat(engine.get("status").asString()).isEqualTo("UP");
        assertThat(engine.get("details").get("embeddedFiles").asInt()).isGreaterThanOrEqualTo(18);
        assertThat(engine.get("details").has("ageSeconds")).isTrue();
    }

    @Test
    void requestTimingsAreMetrics() {
        api.get("/ping");
        JsonNode metric = Json.body(api.get("/actuator/metrics/http.server.requests"));
        assertThat(metric.get("name").asString()).isEqualTo("http.server.requests");
        assertThat(metric.get("measurements").get(0).get("value").asDouble()).isPositive();
    }

    @Test
    void crossOriginRequestsAreNotAllowedByDefault() {
        // No Access-Control-Allow-Origin: a browser keeps the answer from the page.
        HttpResponse<String> response = api.send("GET", "/version", "Origin", "http://player.example");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theServerBindsToTheLoopbackAddressByDefault() throws Exception {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        if (outside.isPresent()) {
            try (Socket socket = new Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> socket.connect(new InetSocketAddress(outside.get(), port), 2000))
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    private static List<String> paths(JsonNode playlistOrTracks) {
        JsonNode tracks = playlistOrTracks.has("playlist") ? playlistOrTracks.get("playlist") : playlistOrTracks;
        List<String> paths = new ArrayList<>();
        tracks.forEach(track -> paths.add(track.get("filepath").asString()));
        return paths;
    }
}
