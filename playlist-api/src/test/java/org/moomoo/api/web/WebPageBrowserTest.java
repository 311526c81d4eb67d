package org.moomoo.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.moomoo.api.ApiTestProperties;
import org.moomoo.api.Library;
import org.moomoo.database.DatabaseUri;
import org.moomoo.models.testing.AnalyticDatabaseInitializer;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.moomoo.testsupport.audio.SineWave;
import org.moomoo.testsupport.audio.WavFile;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.w3c.dom.Document;

/**
 * The page in a real browser (Debian's headless Chromium) against a real server on a real database
 * with a small generated library of WAV files, behind a token: a wrong token is refused, the right
 * one signs in; the home page lists the collections; a search finds a track; "more like this"
 * shows a playlist; the audio plays and a seek sends a Range request; an export downloads valid
 * XSPF; the map draws one point per embedded file. Screenshots go to target/screenshots.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            ApiTestProperties.PLAIN,
            "moomoo.api.token=" + WebPageBrowserTest.TOKEN,
            "moomoo.api.default-user=ada"
        })
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageBrowserTest {

    static final String TOKEN = "browser-t0ken";
    static final int ALBUMS = 3;
    static final int TRACKS_PER_ALBUM = 4;
    static final String LONG_TRACK = "Long Artist/Long Album/01 The Long One.wav";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The Range header of every request for a file, in order. */
    @TestConfiguration
    static class RangeRecording {
        static final List<String> RANGES = new CopyOnWriteArrayList<>();

        @Bean
        OncePerRequestFilter rangeRecorder() {
            return new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(
                        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    if (request.getRequestURI().equals("/library/file")) {
                        RANGES.add(String.valueOf(request.getHeader("Range")));
                    }
                    chain.doFilter(request, response);
                }
            };
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    DatabaseUri testDatabase;

    @Autowired
    CurrentSnapshot snapshot;

    Path folder;
    Browser browser;
    int embedded;

    @BeforeAll
    void start() throws Exception {
        assumeThat(Browser.installed())
                .as("Debian's chromium and chromium-driver are installed")
                .isTrue();
        folder = Files.createTempDirectory("moomoo-web-page");
        Path root = Files.createDirectories(folder.resolve("music"));
        Library library = new Library(testDatabase).root(root);
        List<Track> loved = new ArrayList<>();
        for (int album = 1; album <= ALBUMS; album++) {
            float[] centre = library.centre();
            for (int track = 1; track <= TRACKS_PER_ALBUM; track++) {
                String path = "Artist " + album + "/Album " + album + "/0" + track + " Tune " + album + track + ".wav";
                WavFile.tone(root.resolve(path), 220 + 40 * album + 10 * track, 4);
                library.tagged(path, "Tune " + album + track, "Artist " + album, "Album " + album, centre);
                embedded++;
                if (track == 1) {
                    loved.add(Track.ofPath(path).withReason(new Reason.Loved(LocalDate.of(2024, 3, album))));
                }
            }
        }
        // Three minutes at 44.1 kHz (16 MB), so that the browser must ask for a later range when seeking.
        int rate = 44_100;
        WavFile.write(root.resolve(LONG_TRACK), SineWave.of(330, 0.3, rate, 180), rate);
        library.tagged(LONG_TRACK, "The Long One", "Long Artist", "Long Album", library.centre());
        embedded++;
        library.collection("ada", "loved-tracks", List.of(new Playlist("Loved", "Tracks you loved", loved)))
                .collection(
                        "ada",
                        "top-artists",
                        List.of(
                                new Playlist("Artist 1 mix", "Tracks like Artist 1", loved.subList(0, 2)),
                                new Playlist("Artist 2 mix", "Tracks like Artist 2", loved.subList(1, 3))))
                .collection("bea", "loved-tracks", List.of(new Playlist(null, "bea's", loved.subList(0, 1))));
        library.published();
        snapshot.refresh();
        browser = new Browser(Files.createDirectories(folder.resolve("downloads")), SCREENSHOTS);
        browser.driver().get("http://127.0.0.1:" + port + "/");
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (folder != null) {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    @Test
    @Order(1)
    void aWrongTokenIsRefused() {
        WebElement token = browser.until(d -> visible(By.id("signin-token")));
        token.sendKeys(TOKEN + "-wrong");
        browser.driver().findElement(By.cssSelector("#signin-form button")).click();
        browser.until(d -> text("signin-error").equals("The token is wrong.") ? true : null);
        assertThat(browser.driver().findElement(By.id("signin")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("home")).isDisplayed()).isFalse();
    }

    @Test
    @Order(2)
    void theRightTokenOpensTheHomePageWithTheCollections() {
        WebElement token = browser.driver().findElement(By.id("signin-token"));
        token.clear();
        token.sendKeys(TOKEN);
        browser.driver().findElement(By.cssSelector("#signin-form button")).click();
        browser.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        browser.until(d -> d.findElements(By.cssSelector("#collections .card")).size() == 3 ? true : null);
        List<String> cards = browser.driver().findElements(By.cssSelector("#collections .card strong")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(cards).containsExactly("Loved", "Artist 1 mix", "Artist 2 mix");
        assertThat(browser.driver().findElement(By.id("user-picker")).getDomProperty("value"))
                .isEqualTo("ada");
        // The token is in no URL the page has been at, and not readable by scripts as a cookie.
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(TOKEN);
        assertThat(browser.script("return document.cookie")).asString().doesNotContain("moomoo_session");
        browser.screenshots("home", () -> {});
    }

    @Test
    @Order(3)
    void aCollectionsPlaylistOpensWithItsTracks() {
        browser.driver()
                .findElements(By.cssSelector("#collections .card"))
                .get(0)
                .click();
        browser.until(d -> d.findElements(By.cssSelector("#playlist-tracks li")).size() == ALBUMS ? true : null);
        assertThat(text("playlist-title")).isEqualTo("Loved");
        assertThat(text("playlist-description")).isEqualTo("Tracks you loved");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#playlist-tracks li .name"))
                        .getText())
                .isEqualTo("Tune 11");
        // The stored reason of each track is shown under it.
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#playlist-tracks li .reason"))
                        .getText())
                .isEqualTo("loved on 2024-03-01");
    }

    @Test
    @Order(4)
    void searchFindsATrackAsYouType() {
        browser.driver().get("http://127.0.0.1:" + port + "/#search");
        WebElement input = browser.until(d -> visible(By.id("search-input")));
        input.sendKeys("TUNE");
        browser.until(d ->
                d.findElements(By.cssSelector("#search-results li")).size() == ALBUMS * TRACKS_PER_ALBUM ? true : null);
        browser.screenshots("search", () -> {});
        input.sendKeys(" 23");
        browser.until(d -> d.findElements(By.cssSelector("#search-results li")).size() == 1 ? true : null);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#search-results li .name"))
                        .getText())
                .isEqualTo("Tune 23");
        assertThat(text("search-status")).isEqualTo("1 matches");
    }

    @Test
    @Order(5)
    void moreLikeThisShowsAPlaylistWithDistancesAndReasons() {
        WebElement first = browser.driver().findElement(By.cssSelector("#search-results li"));
        first.findElement(By.xpath(".//button[text()='More like this']")).click();
        browser.until(d -> d.findElements(By.cssSelector("#playlist-tracks li")).size() > 3 ? true : null);
        assertThat(text("playlist-title")).isEqualTo("More like Tune 23");
        List<String> reasons = browser.driver().findElements(By.cssSelector("#playlist-tracks li .reason")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(reasons.get(0)).isEqualTo("a seed of the playlist");
        // The engine's reason names the nearest seed, which the page shows by its title.
        assertThat(reasons.subList(1, reasons.size()))
                .allMatch(
                        reason -> reason.matches("distance \\d+\\.\\d{3} · close to Tune 23 \\(\\d+\\.\\d{3} away\\)"));
        browser.screenshots("playlist", () -> {});
    }

    @Test
    @Order(6)
    void anExportDownloadsValidXspf() throws Exception {
        int tracks = browser.driver()
                .findElements(By.cssSelector("#playlist-tracks li"))
                .size();
        browser.driver().findElement(By.id("export-xspf")).click();
        Path file = browser.until(d -> {
            try (Stream<Path> files = Files.list(browser.downloads())) {
                return files.filter(f -> f.toString().endsWith(".xspf"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        assertThat(file.getFileName().toString()).isEqualTo("more-like-tune-23.xspf");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xspf = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(xspf.getDocumentElement().getNamespaceURI()).isEqualTo("http://xspf.org/ns/0/");
        assertThat(xspf.getDocumentElement().getLocalName()).isEqualTo("playlist");
        assertThat(xspf.getElementsByTagNameNS("http://xspf.org/ns/0/", "track").getLength())
                .isEqualTo(tracks);
        String location = xspf.getElementsByTagNameNS("http://xspf.org/ns/0/", "location")
                .item(0)
                .getTextContent();
        assertThat(location).startsWith(folder.resolve("music").toString().replace(" ", "%20") + "/Artist%202/");
    }

    @Test
    @Order(7)
    void theAudioPlaysAndSeekingSendsARangeRequest() {
        browser.driver().get("http://127.0.0.1:" + port + "/#search");
        WebElement input = browser.until(d -> visible(By.id("search-input")));
        input.clear();
        input.sendKeys("the long one");
        // Results are redrawn as each typed letter's search answers: click the one of the last.
        browser.until(d -> {
            try {
                List<WebElement> results = d.findElements(By.cssSelector("#search-results li"));
                if (results.size() != 1 || !text("search-status").equals("1 matches")) {
                    return null;
                }
                results.get(0).findElement(By.xpath(".//button[text()='Play']")).click();
                return true;
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
        browser.until(d -> currentTime() > 0.5 ? true : null, this::audioState);
        assertThat(text("player-title")).startsWith("The Long One");
        int before = RangeRecording.RANGES.size();
        // Seek with the page's own slider, near the end of the three minutes.
        browser.script("const seek = document.getElementById('player-seek'); seek.value = '170';"
                + " seek.dispatchEvent(new Event('input'));");
        browser.until(d -> currentTime() >= 170 ? true : null, this::audioState);
        browser.until(
                d -> RangeRecording.RANGES.subList(before, RangeRecording.RANGES.size()).stream()
                                .anyMatch(range -> range.matches("bytes=[1-9]\\d*-\\d*"))
                        ? true
                        : null,
                this::audioState);
        assertThat(RangeRecording.RANGES).allMatch(range -> range.startsWith("bytes="));
    }

    @Test
    @Order(8)
    void theMapDrawsOnePointPerEmbeddedFile() {
        browser.driver().get("http://127.0.0.1:" + port + "/#map");
        WebElement canvas = browser.until(d -> {
            WebElement map = d.findElement(By.id("map-canvas"));
            return String.valueOf(embedded).equals(map.getDomAttribute("data-points")) ? map : null;
        });
        assertThat(canvas.getDomAttribute("data-points")).isEqualTo(String.valueOf(embedded));
        assertThat(text("map-status")).isEqualTo(embedded + " tracks, " + (ALBUMS + 1) + " artists");
        // Something is drawn: some pixel of the canvas is not transparent.
        Object painted = browser.script("const c = document.getElementById('map-canvas');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; } return false;");
        assertThat(painted).isEqualTo(true);
        browser.screenshots("map", () -> browser.script("window.dispatchEvent(new Event('resize'))"));
    }

    private double currentTime() {
        return ((Number) browser.script("return document.getElementById('audio').currentTime")).doubleValue();
    }

    /** What the audio element is doing, for a failure's message. */
    private String audioState() {
        return String.valueOf(
                        browser.script(
                                "const a = document.getElementById('audio'); return JSON.stringify({"
                                        + " src: a.src, time: a.currentTime, paused: a.paused, ready: a.readyState, network: a.networkState,"
                                        + " error: a.error && a.error.code, title: document.getElementById('player-title').textContent})"))
                + " ranges " + RangeRecording.RANGES;
    }

    private WebElement visible(By by) {
        WebElement element = browser.driver().findElement(by);
        return element.isDisplayed() ? element : null;
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
