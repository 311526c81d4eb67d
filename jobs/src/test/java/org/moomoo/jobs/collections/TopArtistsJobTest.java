package org.moomoo.jobs.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.testing.AnalyticJobTest;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The top-artists job on the real similarity engine over a small generated library (two files per
 * artist, on its own axis); the generators are watched to see what each playlist was seeded from,
 * and fail on cue for the restart test.
 */
@AnalyticJobTest
@Import(RecordingGenerators.InFront.class)
@ExtendWith(OutputCaptureExtension.class)
class TopArtistsJobTest {

    // The staleness checks must not depend on whether the test runs just before 07:00 UTC.
    @TestBean(methodName = "org.moomoo.testsupport.TestClocks#tickingFromNoon")
    Clock clock;

    private static final UUID VARIOUS_ARTISTS = UUID.fromString("89ad4ac3-39f7-470e-963a-56509c546377");

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CollectionStore store;

    @Autowired
    RecordingGenerators generators;

    @Autowired
    CurrentSnapshot snapshot;

    private AnalyticRows tables;
    private AdasCollection topArtists;

    @BeforeEach
    void userWithCollection() {
        tables = CollectionTables.emptied(jdbc);
        generators.reset();
        topArtists = AdasCollection.register(RegisteredCollection.TOP_ARTISTS, jobs, store);
    }

    /** Ada's listens of an artist, and two files of it in the library. */
    private void artist(UUID mbid, String name, int lifetime, int last90) {
        artist(mbid, name, lifetime, last90, true);
    }

    /** Ada's listens of an artist, and two files of it near its own axis if {@code withFiles}, published. */
    private void artist(UUID mbid, String name, int lifetime, int last90, boolean withFiles) {
        if (withFiles) {
            int axis = (int) Math.floorMod(mbid.getLeastSignificantBits(), 50L);
            String first = "artist-" + mbid + "/1.flac";
            String second = "artist-" + mbid + "/2.flac";
            float[] near = new float[axis + 1];
            near[axis] = 1;
            float[] nearer = near.clone();
            nearer[axis] = 1.1f;
            tables.embeddedFile(first, mbid, null, 200, near)
                    .embeddedFile(second, mbid, null, 200, nearer)
                    .mbid(mbid, "artist", first, second)
                    .published();
            snapshot.refresh();
        }
        jdbc.sql("""
                INSERT INTO analytics.artist_listen_counts (username, artist_mbid, artist_name, lifetime_listen_count,
                  last30_listen_count, last60_listen_count, last90_listen_count, listen_recency_days)
                VALUES ('ada', :mbid, :name, :lifetime, 0, 0, :last90, 1)
                """)
                .param("mbid", mbid)
                .param("name", name)
                .param("lifetime", lifetime)
                .param("last90", last90)
                .update();
    }

    private void artists(int count, int lifetime, int last90) {
        for (int i = 0; i < count; i++) {
            artist(new UUID(4, i), "Artist " + i, lifetime, last90);
        }
    }

    @Test
    void countFiveOfTenQualifyingArtistsGivesFive() {
        artists(10, 100, 0);

        topArtists.run("username=ada", "count=5", "seed=1");

        assertThat(topArtists.stored()).hasSize(5);
    }

    @Test
    void countSevenGivesSeven() {
        artists(10, 100, 0);

        topArtists.run("username=ada", "count=7", "seed=1");

        assertThat(topArtists.stored()).hasSize(7);
    }

    @Test
    void lifetimeHistoryIgnoresRecentListens(CapturedOutput output) {
        artists(5, 1, 100);

        Outcome outcome = topArtists.run("username=ada", "seed=1");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("No playlists generated.");
        assertThat(topArtists.stored()).isEmpty();
    }

    @Test
    void ninetyDayHistoryCountsRecentListens() {
        artists(5, 1, 100);

        topArtists.run("username=ada", "history-length=90", "seed=1");

        assertThat(topArtists.stored()).hasSize(5);
    }

    @Test
    void anInvalidHistoryLengthIsAUsageError() {
        assertThatThrownBy(() -> topArtists.run("username=ada", "history-length=45"))
                .isInstanceOf(JobControl.UsageException.class)
                .hasMessageContaining("history-length=45")
                .hasMessageContaining("30, 60, 90, lifetime");
    }

    @Test
    void eachPlaylistIsSeededFromOneArtistAndNamedForIt() {
        artist(new UUID(4, 1), "Björk", 100, 0);

        topArtists.run("username=ada", "seed=1");

        assertThat(generators.seeds()).containsExactly(List.of(new UUID(4, 1).toString()));
        assertThat(topArtists.stored())
                .extracting(Playlist::title, Playlist::description)
                .containsExactly(tuple("Top Artists 1", "Songs like Björk"));
        Track first = topArtists.stored().get(0).tracks().get(0);
        assertThat(first.filepath()).startsWith("artist-" + new UUID(4, 1) + "/");
        assertThat(first.isSeed()).isTrue();
    }

    @Test
    void eachTracksReasonIsItsArtistsRankAndPlaysAroundTheEnginesReason() {
        artist(new UUID(4, 1), "Third", 100, 0);
        artist(new UUID(4, 2), "First", 300, 0);
        artist(new UUID(4, 3), "Second", 200, 0);

        topArtists.run("username=ada", "seed=1");

        for (Playlist playlist : topArtists.stored()) {
            String name = playlist.description().substring("Songs like ".length());
            int rank = List.of("First", "Second", "Third").indexOf(name) + 1;
            long plays = 400 - 100 * rank;
            assertThat(playlist.tracks()).allSatisfy(track -> {
                Reason.TopArtist reason = (Reason.TopArtist) track.reason();
                assertThat(reason.artist()).isEqualTo(name);
                assertThat(reason.rank()).isEqualTo(rank);
                assertThat(reason.plays()).isEqualTo(plays);
                assertThat(reason.historyDays()).isNull();
                // The seed shown first, then neighbours of the artist's files.
                if (Boolean.TRUE.equals(track.isSeed())) {
                    assertThat(reason.because()).isInstanceOf(Reason.Seed.class);
                } else {
                    assertThat(((Reason.Similar) reason.because()).nearestSeed())
                            .startsWith("artist-");
                }
            });
            assertThat(playlist.tracks().get(0).reason().text())
                    .startsWith("your no. " + rank + " artist " + name + " (" + plays + " times in all); a seed");
        }
    }

    @Test
    void placeholderArtistsAreNeverTopArtists() {
        artists(2, 100, 0);
        artist(VARIOUS_ARTISTS, "Various Artists", 1000, 0);

        topArtists.run("username=ada", "seed=1");

        assertThat(generators.seeds()).hasSize(2).noneMatch(seeds -> seeds.contains(VARIOUS_ARTISTS.toString()));
    }

    @Test
    void anArtistWithoutFilesIsSkipped(CapturedOutput output) {
        // Ada listens to artist 1, but none of its files is in the library.
        for (int i = 0; i < 5; i++) {
            artist(new UUID(4, i), "Artist " + i, 100, 0, i != 1);
        }

        Outcome outcome = topArtists.run("username=ada", "seed=1");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("No files found for Artist").contains("Saved 4 playlist(s) to database.");
        assertThat(topArtists.stored())
                .extracting(Playlist::title)
                .containsExactly("Top Artists 1", "Top Artists 2", "Top Artists 3", "Top Artists 4");
    }

    @Test
    void aFreshCollectionIsSkippedUntilForced(CapturedOutput output) {
        artists(5, 100, 0);

        topArtists.run("username=ada", "seed=1");
        assertThat(generators.seeds()).hasSize(5);

        topArtists.run("username=ada", "seed=2");
        assertThat(generators.seeds()).hasSize(5);
        assertThat(output).contains("Collection is not stale; skipping.");

        topArtists.run("username=ada", "seed=3", "force=true");
        assertThat(generators.seeds()).hasSize(10);
        assertThat(topArtists.stored())
                .extracting(Playlist::title)
                .containsExactly("Top Artists 1", "Top Artists 2", "Top Artists 3", "Top Artists 4", "Top Artists 5");
    }

    // The step replaces the collection in one transaction: a failure midway leaves the previous
    // playlists untouched, and running the same command again resumes and completes.
    @Test
    void aFailureMidwayKeepsThePreviousPlaylistsAndARerunCompletes() {
        // given
        artists(5, 100, 0);
        topArtists.run("username=ada", "count=2", "seed=1");
        List<Playlist> before = topArtists.stored();
        generators.thenEngine().thenEngine().thenFailure("connection to the database lost");

        // when
        Outcome failed = topArtists.run("username=ada", "seed=4", "force=true");

        // then
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.execution().problem()).isEqualTo("connection to the database lost");
        assertThat(topArtists.stored()).isEqualTo(before);

        // when
        Outcome resumed = topArtists.run("username=ada", "seed=4", "force=true");

        // then
        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(topArtists.stored()).hasSize(5);
    }
}
