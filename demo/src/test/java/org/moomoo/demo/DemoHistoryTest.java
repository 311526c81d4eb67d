package org.moomoo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

// One history, written once, read by every test.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoLibrary library = DemoLibrary.plan(10, 3, 10, 7);
    private DemoHistory.Summary summary;
    private final Map<String, List<JsonNode>> entries = new HashMap<>();

    @BeforeAll
    void write(@TempDir Path folder) throws Exception {
        Path zip = folder.resolve("history.zip");
        summary = new DemoHistory(library, "demo", NOW, 7).write(zip);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                List<JsonNode> lines = new ArrayList<>();
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
                    in.lines().forEach(line -> lines.add(JSON.readTree(line)));
                }
                entries.put(entry.getName(), lines);
            }
        }
    }

    @Test
    void isAListenBrainzExportOfTheDemoUser() {
        assertThat(entries).containsKeys("user.json", "feedback.jsonl");
        assertThat(entries.get("user.json").get(0).get("username").asString()).isEqualTo("demo");
        assertThat(listens()).hasSize(summary.listens());
        assertThat(listens()).allSatisfy(l -> {
            assertThat(l.get("user_name").asString()).isEqualTo("demo");
            assertThat(l.get("track_metadata").get("artist_name").asString()).isNotBlank();
            assertThat(l.get("listened_at").asLong()).isLessThan(NOW.getEpochSecond());
        });
        assertThat(entries.keySet().stream().filter(n -> n.startsWith("listens/")))
                .allMatch(n -> n.matches("listens/\\d{4}/\\d{2}\\.jsonl"));
    }

    @Test
    void forgottenAlbumsArePlayedALotThreeToFiveMonthsAgoThenNotAtAll() {
        Instant fiveMonthsAgo = NOW.minus(Duration.ofDays(151));
        Instant threeMonthsAgo = NOW.minus(Duration.ofDays(90));
        List<Instant> plays = playsOf(summary.forgotten());
        int tracks = summary.forgotten().stream()
                .mapToInt(a -> library.tracksOf(a).size())
                .sum();
        assertThat(plays)
                .hasSizeGreaterThanOrEqualTo(2 * tracks)
                .allMatch(at -> at.isAfter(fiveMonthsAgo) && at.isBefore(threeMonthsAgo));
    }

    @Test
    void favouritesArePlayedToThisWeek() {
        Instant weekAgo = NOW.minus(Duration.ofDays(7));
        assertThat(playsOf(summary.favourites())).anyMatch(at -> at.isAfter(weekAgo));
    }

    @Test
    void theLastMonthHoldsSessionsOfAtLeastThreeLibraryTracksLessThanThirtyMinutesApart() {
        Instant monthAgo = NOW.minus(Duration.ofDays(28));
        List<Instant> mapped = listens().stream()
                .filter(l -> l.get("track_metadata").has("mbid_mapping"))
                .map(l -> Instant.ofEpochSecond(l.get("listened_at").asLong()))
                .filter(at -> at.isAfter(monthAgo))
                .toList();
        int sessions = 0;
        int run = 1;
        for (int i = 1; i < mapped.size(); i++) {
            if (Duration.between(mapped.get(i - 1), mapped.get(i)).toMinutes() < 30) {
                run++;
                if (run == 3) {
                    sessions++;
                }
            } else {
                run = 1;
            }
        }
        assertThat(sessions).isGreaterThanOrEqualTo(10);
    }

    @Test
    void lovesAreLibraryRecordingsAndSomeListensAreOfMusicOutsideTheLibrary() {
        Set<String> recordings =
                library.tracks().stream().map(t -> t.recording().toString()).collect(Collectors.toSet());
        assertThat(entries.get("feedback.jsonl"))
                .hasSize(summary.loves())
                .isNotEmpty()
                .allSatisfy(love -> {
                    assertThat(recordings).contains(love.get("recording_mbid").asString());
                    assertThat(love.get("score").asInt()).isEqualTo(1);
                });
        assertThat(listens()).anyMatch(l -> !l.get("track_metadata").has("mbid_mapping"));
    }

    private List<JsonNode> listens() {
        return entries.entrySet().stream()
                .filter(e -> e.getKey().startsWith("listens/"))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    private List<Instant> playsOf(List<DemoAlbum> albums) {
        Set<String> releases = albums.stream().map(a -> a.release().toString()).collect(Collectors.toSet());
        return listens().stream()
                .filter(l -> l.get("track_metadata").has("mbid_mapping"))
                .filter(l -> releases.contains(l.get("track_metadata")
                        .get("mbid_mapping")
                        .get("release_mbid")
                        .asString()))
                .map(l -> Instant.ofEpochSecond(l.get("listened_at").asLong()))
                .toList();
    }
}
