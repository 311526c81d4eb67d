package org.moomoo.playlist.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.moomoo.testsupport.FreshDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The playlist storage tables through CollectionStore (spec/playlists-http-client.md 6.2). */
@FreshDatabase
class CollectionStoreTest {

    // Far from the 07:00 UTC refresh hour, so that no test depends on when it runs.
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    private CollectionStore store;
    private JdbcClient jdbc;

    @BeforeEach
    void emptyTables(DataSource dataSource) {
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM raw.moomoo_playlist_tracks; DELETE FROM raw.moomoo_playlist_collection_items;"
                        + " DELETE FROM raw.moomoo_playlist_collections")
                .update();
        // As the applications wire it: the store's transactions and its reads share one DataSource.
        store = new CollectionStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), NOON);
    }

    private static Playlist playlist(String title, String... paths) {
        return new Playlist(
                title,
                "about " + title,
                List.of(paths).stream().map(Track::ofPath).toList());
    }

    private List<UUID> playlistIds(PlaylistCollection collection) {
        return jdbc.sql("SELECT playlist_id FROM raw.moomoo_playlist_collection_items WHERE collection_id = :id")
                .param("id", collection.id())
                .query(UUID.class)
                .list();
    }

    private int rows(String table) {
        return jdbc.sql("SELECT count(*) FROM raw." + table)
                .query(Integer.class)
                .single();
    }

    @Test
    void replacingTwiceLeavesOnlyTheNewestPlaylists() {
        PlaylistCollection collection = store.create("ada", "loved-tracks", RefreshSchedule.ALWAYS);
        store.replace(collection, List.of(playlist("old", "a", "b")), false);

        store.replace(collection, List.of(playlist("new", "c")), false);

        assertThat(store.playlists(collection)).containsExactly(playlist("new", "c"));
        assertThat(rows("moomoo_playlist_tracks")).isEqualTo(1);
    }

    @Test
    void aReplaceGivesNewPlaylistIds() {
        PlaylistCollection collection = store.create("ada", "loved-tracks", RefreshSchedule.ALWAYS);
        store.replace(collection, List.of(playlist("one", "a")), false);
        List<UUID> before = playlistIds(collection);

        store.replace(collection, List.of(playlist("one", "a")), false);

        assertThat(playlistIds(collection)).hasSize(1).doesNotContainAnyElementsOf(before);
    }

    @Test
    void aScheduledCollectionIsFreshAfterAReplace() {
        PlaylistCollection collection = store.create("ada", "top-artists", RefreshSchedule.dailyAt(7));
        assertThat(store.isStale(collection)).isTrue();

        store.replace(collection, List.of(playlist("one", "a")), false);

        assertThat(store.isStale(store.get("ada", "top-artists"))).isFalse();
    }

    @Test
    void anUnforcedReplaceOfAFreshCollectionIsSkipped() {
        PlaylistCollection collection = store.create("ada", "top-artists", RefreshSchedule.dailyAt(7));
        store.replace(collection, List.of(playlist("first", "a")), false);

        ReplaceOutcome outcome = store.replace(collection, List.of(playlist("second", "b")), false);

        assertThat(outcome).isEqualTo(ReplaceOutcome.SKIPPED);
        assertThat(store.playlists(collection)).extracting(Playlist::title).containsExactly("first");
    }

    @Test
    void aForcedReplaceOfAFreshCollectionReplaces() {
        PlaylistCollection collection = store.create("ada", "top-artists", RefreshSchedule.dailyAt(7));
        store.replace(collection, List.of(playlist("first", "a")), false);

        ReplaceOutcome outcome = store.replace(collection, List.of(playlist("second", "b")), true);

        assertThat(outcome).isEqualTo(ReplaceOutcome.REPLACED);
        assertThat(store.playlists(collection)).extracting(Playlist::title).containsExactly("second");
    }

    @Test
    void aPlaylistWithoutTracksIsStored() {
        PlaylistCollection collection = store.create("ada", "loved-tracks", RefreshSchedule.ALWAYS);

        store.replace(collection, List.of(playlist("empty")), false);

        assertThat(store.playlists(collection)).containsExactly(playlist("empty"));
    }

    @Test
    void playlistsAndTracksReadBackInTheirOrder() {
        PlaylistCollection collection = store.create("ada", "smart-mixes", RefreshSchedule.ALWAYS);
        List<Playlist> playlists = List.of(playlist("z", "3", "1", "2"), playlist("a", "b", "a"), playlist("m", "x"));

        store.replace(collection, playlists, false);

        assertThat(store.playlists(collection)).isEqualTo(playlists);
    }

    @Test
    void everyTrackFieldIsStored() {
        PlaylistCollection collection = store.create("ada", "smart-mixes", RefreshSchedule.ALWAYS);
        Track full = new Track(
                "a/b.flac",
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                200,
                0.25,
                true);

        store.replace(collection, List.of(new Playlist(null, null, List.of(full))), false);

        assertThat(store.playlists(collection).get(0).tracks()).containsExactly(full);
    }

    @Test
    void everyKindOfReasonRoundTripsThroughTheReasonColumn() {
        PlaylistCollection collection = store.create("ada", "smart-mixes", RefreshSchedule.ALWAYS);
        Reason.Similar similar = new Reason.Similar("seed/a.flac", 0.75, 1.125, 2.5, 0.8, 10.0, 0.4);
        List<Reason> reasons = List.of(
                similar,
                new Reason.Similar("seed/b.flac", 1.0 / 3, 1.0, 1.0, 1.0, null, null),
                new Reason.Seed(3.5),
                new Reason.Seed(null),
                new Reason.Loved(LocalDate.of(2024, 3, 2)),
                new Reason.RevisitTrack(14, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 30), 30),
                new Reason.RevisitRelease("Album \"Q\"", null, 12, 0),
                new Reason.TopArtist("Björk", 3, 120, 90, similar),
                new Reason.TopArtist(null, 1, 50, null, null),
                new Reason.SmartMix(List.of("A", "B", "C"), new Reason.Seed(null)));
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            tracks.add(Track.ofPath("t/" + i).withReason(reasons.get(i)));
        }

        store.replace(collection, List.of(new Playlist(null, null, tracks)), false);

        assertThat(store.playlists(collection).get(0).tracks())
                .extracting(Track::reason)
                .containsExactlyElementsOf(reasons);
        assertThat(jdbc.sql("SELECT reason->>'text' FROM raw.moomoo_playlist_tracks WHERE filepath = 't/4'")
                        .query(String.class)
                        .single())
                .isEqualTo("loved on 2024-03-02");
    }

    @Test
    void aTrackWithoutReasonIsStoredWithANullReason() {
        PlaylistCollection collection = store.create("ada", "loved-tracks", RefreshSchedule.ALWAYS);

        store.replace(collection, List.of(playlist("one", "a")), false);

        assertThat(jdbc.sql("SELECT reason IS NULL FROM raw.moomoo_playlist_tracks")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(store.playlists(collection).get(0).tracks().get(0).reason()).isNull();
    }

    @Test
    void anUnreadableStoredReasonShowsTheTrackWithoutIt() {
        PlaylistCollection collection = store.create("ada", "loved-tracks", RefreshSchedule.ALWAYS);
        store.replace(collection, List.of(playlist("one", "a", "b")), false);
        jdbc.sql(
                        "UPDATE raw.moomoo_playlist_tracks SET reason = '{\"kind\": \"from the future\"}' WHERE filepath = 'a'")
                .update();

        List<Track> tracks = store.playlists(collection).get(0).tracks();

        assertThat(tracks).extracting(Track::filepath).containsExactly("a", "b");
        assertThat(tracks.get(0).reason()).isNull();
    }

    @Test
    void droppingACollectionDeletesItsTracksAndPlaylistsToo() {
        PlaylistCollection collection = store.create("ada", "loved-tracks", RefreshSchedule.ALWAYS);
        store.replace(collection, List.of(playlist("one", "a", "b")), false);

        store.drop(collection);

        assertThat(store.find("ada", "loved-tracks")).isEmpty();
        assertThat(rows("moomoo_playlist_tracks") + rows("moomoo_playlist_collection_items"))
                .isZero();
    }

    @Test
    void aMissingCollectionIsAnErrorNamingItAndTheUser() {
        assertThatThrownBy(() -> store.get("ada", "smart-mixes"))
                .isInstanceOf(CollectionNotFoundException.class)
                .hasMessage("Collection 'smart-mixes' for user 'ada' does not exist.");
    }

    @Test
    void collectionsOfOtherUsersAreSeparate() {
        PlaylistCollection ada = store.create("ada", "loved-tracks", RefreshSchedule.ALWAYS);
        PlaylistCollection bob = store.create("bob", "loved-tracks", RefreshSchedule.ALWAYS);
        store.replace(ada, List.of(playlist("ada's", "a")), false);

        store.replace(bob, List.of(playlist("bob's", "b")), false);

        assertThat(store.playlists(ada)).extracting(Playlist::title).containsExactly("ada's");
    }
}
