package org.moomoo.playlist.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.models.testing.AnalyticSchema;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.track.Track;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The listening-history helpers (spec/playlists-http-client.md 4.9) and the MBID lookups (5.2) on
 * the database.
 */
class AnalyticsReadsTest {

    @RegisterExtension
    static final FreshDatabaseExtension DATABASE = new FreshDatabaseExtension(AnalyticSchema.RECIPE);

    private AnalyticRows tables;
    private ListeningHistory history;
    private Generators generators;
    private CurrentSnapshot snapshot;
    private JdbcMbidFiles mbidFiles;

    @BeforeEach
    void emptyTables(JdbcClient jdbc) {
        tables = new AnalyticRows(jdbc).clear();
        GeneratorsOnDatabase wired = new GeneratorsOnDatabase(jdbc);
        history = wired.history;
        generators = wired.generators;
        snapshot = wired.snapshot;
        mbidFiles = wired.mbidFiles;
    }

    @Test
    void anUnknownPathHasNoListens() {
        assertThat(history.listenCounts("user", List.of("test/0"))).isEqualTo(Map.of("test/0", 0.0));
    }

    @Test
    void listenCountsAreTheUsersLifetimeCountsWithZeroForTheRest() {
        tables.listens("user", "test/1", 1, 0, null).listens("other", "test/0", 5, 5, 1.0);

        assertThat(history.listenCounts("user", List.of("test/0", "test/1", "test/10")))
                .isEqualTo(Map.of("test/0", 0.0, "test/1", 1.0, "test/10", 0.0));
    }

    @Test
    void noPathsHaveNoCounts() {
        assertThat(history.listenCounts("user", List.of())).isEmpty();
    }

    @Test
    void recentlyPlayedListsOnlyFilesWithRecentListensHighestFirst() {
        tables.listens("user", "old", 4, 0, 0.01)
                .listens("recent", "recent", 1, 1, 0.9)
                .listens("user", "a", 2, 1, 0.5)
                .listens("user", "b", 2, 2, 0.8)
                .listens("user", "none", 2, 2, null);

        assertThat(history.recentlyPlayed("user", 1000)).containsExactly(Map.entry("b", 0.8), Map.entry("a", 0.5));
    }

    @Test
    void recentlyPlayedStopsAtTheLimit() {
        tables.listens("user", "a", 2, 1, 0.5).listens("user", "b", 2, 2, 0.8);

        assertThat(history.recentlyPlayed("user", 1)).containsExactly(Map.entry("b", 0.8));
    }

    @Test
    void anUnknownOrNullUserPlayedNothing() {
        tables.listens("user", "a", 2, 1, 0.5);

        assertThat(history.recentlyPlayed("nobody", 10)).isEmpty();
        assertThat(history.recentlyPlayed(null, 10)).isEmpty();
    }

    @Test
    void eachLookupFindsItsKindsFilesSorted() {
        UUID recording = UUID.randomUUID();
        UUID release = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        UUID artist = UUID.randomUUID();
        // The models map each file to an artist once (a unique index), so a/1 is written once.
        tables.mbid(recording, "recording", "r/2", "r/1")
                .mbid(release, "release", "l/1")
                .mbid(group, "release-group", "g/1", "g/0")
                .mbid(artist, "artist", "a/1");

        assertThat(mbidFiles.files(MbidEntity.RECORDING, List.of(recording))).containsExactly("r/1", "r/2");
        assertThat(mbidFiles.files(MbidEntity.RELEASE, List.of(release))).containsExactly("l/1");
        assertThat(mbidFiles.files(MbidEntity.RELEASE_GROUP, List.of(group))).containsExactly("g/0", "g/1");
        assertThat(mbidFiles.files(MbidEntity.ARTIST, List.of(artist))).containsExactly("a/1");
    }

    @Test
    void aLookupWithoutMatchOrWithoutIdsFindsNothing() {
        tables.mbid(UUID.randomUUID(), "recording", "r/1");

        assertThat(mbidFiles.files(MbidEntity.RECORDING, List.of(UUID.randomUUID())))
                .isEmpty();
        assertThat(mbidFiles.files(MbidEntity.RECORDING, List.of())).isEmpty();
    }

    @Test
    void entitiesAreReadFromMbidsAndUnknownIdsLeftOut() {
        UUID release = UUID.randomUUID();
        tables.mbid(release, "release-group");

        assertThat(mbidFiles.entities(List.of(release, UUID.randomUUID())))
                .isEqualTo(Map.of(release, MbidEntity.RELEASE_GROUP));
    }

    @Test
    void mbidSourcesAreTheMappedFilesInTheLibrary() {
        UUID artist = UUID.randomUUID();
        tables.mbid(artist, "artist", "a/1", "a/2", "gone")
                .embeddedFile("a/1", artist, 1, 1)
                .embeddedFile("a/2", artist, 2, 2)
                .published();
        snapshot.refresh();

        List<Track> sources = ((FromMbidsGenerator) generators.fromMbids(List.of(artist), null)).sources();

        assertThat(sources).extracting(Track::filepath).containsExactly("a/1", "a/2");
        assertThat(sources).extracting(Track::trackLengthSeconds).containsOnly(200);
        assertThat(sources).extracting(Track::isSeed).containsOnly(true);
    }
}
