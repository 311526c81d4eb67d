package org.moomoo.api.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.moomoo.testsupport.audio.WavFile;
import org.moomoo.testsupport.library.TaggedLibraryGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * /library/file: the audio of a file of the library, with Range support and its format's content
 * type, converted when browsers cannot play it; and nothing else. Each way out of the library is
 * its own case, every one a 404 with the same message as a path that is not in the library.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApiTestProperties.PLAIN, "moomoo.api.transcode-cache=${java.io.tmpdir}/moomoo-test-transcoded"})
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileRouteTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    DatabaseUri testDatabase;

    @Autowired
    CurrentSnapshot snapshot;

    ApiClient api;
    Path folder;
    Path root;
    Path outside;
    Path mp3;
    Path flac;
    boolean hasFfmpeg;

    @BeforeAll
    void library() throws Exception {
        api = new ApiClient(port);
        folder = Files.createTempDirectory("moomoo-file-route");
        root = Files.createDirectories(folder.resolve("music"));
        outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("secret.mp3"), "not for the web");
        List<Path> tagged = new TaggedLibraryGenerator().generate(root, 2, 7);
        mp3 = tagged.stream()
                .filter(p -> p.toString().endsWith(".mp3"))
                .findFirst()
                .orElseThrow();
        flac = tagged.stream()
                .filter(p -> p.toString().endsWith(".flac"))
                .findFirst()
                .orElseThrow();
        WavFile.tone(root.resolve("Tones/a.wav"), 440, 2);
        // Links inside the library: one to a file inside it (served), one to a file and one to a
        // folder outside it (not served).
        Files.createSymbolicLink(root.resolve("inner-link.wav"), root.resolve("Tones/a.wav"));
        Files.createSymbolicLink(root.resolve("outer-link.mp3"), outside.resolve("secret.mp3"));
        Files.createSymbolicLink(root.resolve("outer-folder"), outside);
        hasFfmpeg = runs("ffmpeg", "-hide_banner", "-version");
        if (hasFfmpeg) {
            ffmpeg(
                    "-f",
                    "lavfi",
                    "-i",
                    "sine=frequency=440:duration=2",
                    "-c:a",
                    "alac",
                    root.resolve("alac.m4a").toString());
            ffmpeg(
                    "-f",
                    "lavfi",
                    "-i",
                    "sine=frequency=440:duration=2",
                    "-c:a",
                    "aac",
                    root.resolve("aac.m4a").toString());
        }

        Library library = new Library(testDatabase).root(root);
        for (String path : List.of(
                relative(mp3),
                relative(flac),
                "Tones/a.wav",
                "inner-link.wav",
                "outer-link.mp3",
                "outer-folder/secret.mp3",
                "alac.m4a",
                "aac.m4a",
                "gone.mp3",
                // Rows no scan writes, to show that being in the table is not enough.
                "../outside/secret.mp3",
                "Tones/../../outside/secret.mp3",
                outside.resolve("secret.mp3").toString())) {
            library.tagged(path, null, null, null, null);
        }
        library.published();
        snapshot.refresh();
    }

    @AfterAll
    void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    void aFileOfTheLibraryIsServedWithItsFormatsContentType() throws IOException {
        HttpResponse<String> response = get(relative(mp3));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(Files.size(mp3)));
        assertThat(get(relative(flac)).headers().firstValue("Content-Type")).hasValue("audio/flac");
        assertThat(get("Tones/a.wav").headers().firstValue("Content-Type")).hasValue("audio/wav");
    }

    @Test
    void aRangeRequestGetsThatRangeOnly() throws IOException {
        HttpResponse<String> response = api.send("GET", fileUrl("Tones/a.wav"), "Range", "bytes=100-199");
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range"))
                .hasValue("bytes 100-199/" + Files.size(root.resolve("Tones/a.wav")));
        assertThat(response.headers().firstValue("Content-Length")).hasValue("100");
    }

    @Test
    void anOpenEndedRangeGetsTheRestOfTheFile() throws IOException {
        long size = Files.size(root.resolve("Tones/a.wav"));
        HttpResponse<String> response = api.send("GET", fileUrl("Tones/a.wav"), "Range", "bytes=" + (size - 10) + "-");
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Length")).hasValue("10");
    }

    @Test
    void aRangeBeyondTheFileIs416() {
        HttpResponse<String> response = api.send("GET", fileUrl("Tones/a.wav"), "Range", "bytes=999999999-");
        assertThat(response.statusCode()).isEqualTo(416);
    }

    @Test
    void aLinkToAFileInsideTheLibraryIsServed() {
        assertThat(get("inner-link.wav").statusCode()).isEqualTo(200);
    }

    @Test
    void traversalIsA404() {
        assertNotInLibrary(api.get("/library/file?path=../outside/secret.mp3"), "../outside/secret.mp3");
    }

    @Test
    void traversalThroughAFolderOfTheLibraryIsA404() {
        assertNotInLibrary(
                api.get("/library/file?path=Tones/../../outside/secret.mp3"), "Tones/../../outside/secret.mp3");
    }

    @Test
    void encodedDotsAreA404() {
        assertNotInLibrary(api.get("/library/file?path=%2e%2e/outside/secret.mp3"), "../outside/secret.mp3");
    }

    @Test
    void anEncodedSlashAfterDotsIsA404() {
        assertNotInLibrary(api.get("/library/file?path=..%2foutside%2fsecret.mp3"), "../outside/secret.mp3");
    }

    @Test
    void traversalInTheRequestsPathIsNotARouteToAFile() {
        ApiClient.RawReply reply = api.raw("GET /library/%2e%2e/%2e%2e/outside/secret.mp3 HTTP/1.1");
        assertThat(reply.status()).isIn(400, 404);
        assertThat(reply.body()).doesNotContain("not for the web");
    }

    @Test
    void anAbsolutePathIsA404() {
        String absolute = outside.resolve("secret.mp3").toString();
        assertNotInLibrary(get(absolute), absolute);
    }

    @Test
    void aLinkToAFileOutsideTheLibraryIsA404() {
        assertNotInLibrary(get("outer-link.mp3"), "outer-link.mp3");
    }

    @Test
    void aLinkToAFolderOutsideTheLibraryIsA404() {
        assertNotInLibrary(get("outer-folder/secret.mp3"), "outer-folder/secret.mp3");
    }

    @Test
    void aPathThatIsNotARowOfTheLibraryIsA404EvenWhenTheFileExists() throws IOException {
        Files.writeString(root.resolve("unlisted.mp3"), "on disk, not in the table");
        assertNotInLibrary(get("unlisted.mp3"), "unlisted.mp3");
    }

    @Test
    void aRowWhoseFileIsGoneIsA404() {
        assertNotInLibrary(get("gone.mp3"), "gone.mp3");
    }

    @Test
    void alacIsConvertedToFlacWhenFfmpegIsHere() {
        assumeThat(hasFfmpeg).as("ffmpeg is installed").isTrue();
        HttpResponse<String> response = get("alac.m4a");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/flac");
        assertThat(response.body()).startsWith("fLaC");
        HttpResponse<String> range = api.send("GET", fileUrl("alac.m4a"), "Range", "bytes=0-3");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo("fLaC");
    }

    @Test
    void aacInM4aIsServedAsItIs() {
        assumeThat(hasFfmpeg).as("ffmpeg is installed").isTrue();
        HttpResponse<String> response = get("aac.m4a");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/mp4");
    }

    @Test
    void alacIsRecognisedByItsSampleDescription() throws IOException {
        assumeThat(hasFfmpeg).as("ffmpeg is installed").isTrue();
        assertThat(AudioFormat.isAlac(root.resolve("alac.m4a"))).isTrue();
        assertThat(AudioFormat.isAlac(root.resolve("aac.m4a"))).isFalse();
        assertThat(AudioFormat.of(root.resolve("alac.m4a")).playable()).isFalse();
    }

    static void assertNotInLibrary(HttpResponse<String> response, String shown) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).doesNotContain("not for the web");
        assertThat(Json.body(response).get("error").asString())
                .isEqualTo("No file of the library is at '" + shown
                        + "' (paths are relative to the library, as the routes return them).");
    }

    private HttpResponse<String> get(String path) {
        return api.get(fileUrl(path));
    }

    private static String fileUrl(String path) {
        return "/library/file?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    private String relative(Path file) {
        return root.relativize(file).toString();
    }

    static void ffmpeg(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(List.of(arguments));
        assertThat(runs(command.toArray(String[]::new)))
                .as("ffmpeg " + String.join(" ", arguments))
                .isTrue();
    }

    static boolean runs(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
