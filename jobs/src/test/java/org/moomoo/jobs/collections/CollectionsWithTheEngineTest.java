package org.moomoo.jobs.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.testing.AnalyticJobTest;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The generated collections with the real similarity engine behind {@code Generators}. */
@AnalyticJobTest
class CollectionsWithTheEngineTest {

    private static final int TRACKS = 1000;
    private static final int ARTISTS = 200;

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CollectionStore store;

    private AnalyticRows tables;
    private AdasCollection smartMixes;
    private AdasCollection topArtists;
    private final List<String> paths = new ArrayList<>();

    @BeforeEach
    void aThousandLikedTracks() {
        tables = CollectionTables.emptied(jdbc);
        smartMixes = AdasCollection.register(RegisteredCollection.SMART_MIXES, jobs, store);
        topArtists = AdasCollection.register(RegisteredCollection.TOP_ARTISTS, jobs, store);
        // Tracks scattered around 150 sound centres, so that some tight groups exist.
        Random random = new Random(8);
        paths.clear();
        for (int i = 0; i < TRACKS; i++) {
            Random centre = new Random(random.nextInt(150));
            float[] embedding = new float[50];
            for (int k = 0; k < 50; k++) {
                embedding[k] = (float) (centre.nextGaussian() + 0.2 * random.nextGaussian());
            }
            String path = String.format("library/%04d.flac", i);
            int artist = random.nextInt(ARTISTS);
            tables.embeddedFileRow(path, new UUID(8, artist), null, 200, embedding)
                    .set("artist_name", "Artist " + artist)
                    .insert()
                    .listens("ada", path, 3, 0, 0.0);
            paths.add(path);
        }
    }

    @Test
    void smartMixesOnAThousandTracksStoresMixesThatStartWithAClusterMember() {
        Outcome outcome = smartMixes.run("username=ada", "seed=1");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Playlist> mixes = smartMixes.stored();
        assertThat(mixes).isNotEmpty().hasSizeLessThanOrEqualTo(15).allSatisfy(mix -> {
            assertThat(mix.tracks()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
            assertThat(mix.tracks().get(0).isSeed()).isTrue();
            assertThat(mix.description()).startsWith("Songs like: ");
        });
    }

    // The application's generator is shared by every run of the context and unseeded: without the
    // job's seed behind the engine's samples and shuffles, two runs would store different mixes.
    @Test
    void smartMixesRunTwiceWithOneSeedStoreTheSameMixes() {
        smartMixes.run("username=ada", "seed=1");
        List<Playlist> first = smartMixes.stored();

        Outcome again = smartMixes.run("username=ada", "seed=1", "force=true");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(first)
                .isNotEmpty()
                .anySatisfy(mix -> assertThat(mix.tracks()).hasSizeGreaterThan(2));
        assertThat(smartMixes.stored()).isEqualTo(first);
    }

    @Test
    void topArtistsWithTheEngineStartsEachPlaylistWithTheArtistsTrack() {
        UUID artist = new UUID(8, 7);
        List<String> own = jdbc.sql(
                        "SELECT filepath FROM analytics.local_files WHERE artist_mbid = :artist ORDER BY filepath")
                .param("artist", artist)
                .query(String.class)
                .list();
        tables.mbid(artist, "artist", own.toArray(String[]::new));
        jdbc.sql("""
                INSERT INTO analytics.artist_listen_counts (username, artist_mbid, artist_name, lifetime_listen_count,
                  last30_listen_count, last60_listen_count, last90_listen_count, listen_recency_days)
                VALUES ('ada', :artist, 'Artist 7', 100, 0, 0, 0, 1)
                """).param("artist", artist).update();

        Outcome outcome = topArtists.run("username=ada", "seed=1");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Track> tracks = topArtists.stored().get(0).tracks();
        assertThat(tracks).hasSizeLessThanOrEqualTo(20);
        assertThat(own).contains(tracks.get(0).filepath());
        Set<String> distinct = new HashSet<>();
        tracks.forEach(track -> assertThat(distinct.add(track.filepath())).isTrue());
    }
}
