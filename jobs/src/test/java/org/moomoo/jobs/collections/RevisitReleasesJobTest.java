package org.moomoo.jobs.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Arrays;
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
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

@AnalyticJobTest
@ExtendWith(OutputCaptureExtension.class)
class RevisitReleasesJobTest {

    // The staleness checks must not depend on whether the test runs just before 07:00 UTC.
    @TestBean(methodName = "org.moomoo.testsupport.TestClocks#tickingFromNoon")
    Clock clock;

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CollectionStore store;

    private AnalyticRows tables;
    private AdasCollection revisitReleases;

    @BeforeEach
    void userWithCollection() {
        tables = CollectionTables.emptied(jdbc);
        revisitReleases = AdasCollection.register(RegisteredCollection.REVISIT_RELEASES, jobs, store);
    }

    private static UUID releaseGroup(int i) {
        return new UUID(3, i);
    }

    /** Release i, "Album i" by "Artist i", with two files unless listed as without files. */
    private void releases(int count, int... withoutFiles) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    INSERT INTO analytics.revisit_releases
                      (release_group_mbid, release_group_title, artist_name, username, revisit_score, listens_old, listens_recent)
                    VALUES (:mbid, :title, :artist, 'ada', :score, :old, :recent)
                    """)
                    .param("mbid", releaseGroup(i))
                    .param("title", "Album " + i)
                    .param("artist", "Artist " + i)
                    .param("score", (double) i)
                    .param("old", 10 + i)
                    .param("recent", i)
                    .update();
            final int release = i;
            if (Arrays.stream(withoutFiles).anyMatch(n -> n == release)) {
                continue;
            }
            for (String track : List.of("b.flac", "a.flac")) {
                String path = "release-" + i + "/" + track;
                tables.taggedFile(path, releaseGroup(i), new UUID(1, i), null);
                jdbc.sql(
                                "INSERT INTO analytics.map__file_release_group (filepath, release_group_mbid) VALUES (:path, :mbid)")
                        .param("path", path)
                        .param("mbid", releaseGroup(i))
                        .update();
            }
        }
    }

    @Test
    void countFiveOfTenGivesFivePlaylists() {
        releases(10);

        revisitReleases.run("username=ada", "count=5", "seed=1");

        assertThat(revisitReleases.stored()).hasSize(5);
    }

    @Test
    void countTenOfTenGivesTen() {
        releases(10);

        revisitReleases.run("username=ada", "count=10", "seed=1");

        assertThat(revisitReleases.stored()).hasSize(10);
    }

    @Test
    void countFifteenOfTenGivesTen() {
        releases(10);

        revisitReleases.run("username=ada", "count=15", "seed=1");

        assertThat(revisitReleases.stored()).hasSize(10);
    }

    @Test
    void playlistsAreTitledInArtistOrderWithTheirFilesByPath() {
        releases(3);

        revisitReleases.run("username=ada", "seed=1");

        List<Playlist> playlists = revisitReleases.stored();
        assertThat(playlists)
                .extracting(Playlist::title)
                .containsExactly("Revisit Release 1", "Revisit Release 2", "Revisit Release 3");
        assertThat(playlists)
                .extracting(Playlist::description)
                .containsExactly(
                        "Revisit: Album 0 - Artist 0", "Revisit: Album 1 - Artist 1", "Revisit: Album 2 - Artist 2");
        assertThat(playlists.get(0).tracks())
                .extracting(Track::filepath)
                .containsExactly("release-0/a.flac", "release-0/b.flac");
    }

    @Test
    void tracksCarryTheReleaseGroupTheAlbumArtistFallbackAndAFlooredLength() {
        releases(1);

        revisitReleases.run("username=ada", "seed=1");

        Track track = revisitReleases.stored().get(0).tracks().get(0);
        assertThat(track.releaseGroupMbid()).isEqualTo(releaseGroup(0));
        assertThat(track.albumArtistMbid()).isEqualTo(track.artistMbid()).isEqualTo(new UUID(1, 0));
        assertThat(track.trackLengthSeconds()).isEqualTo(180);
        assertThat(track.recordingMbid()).isNotNull();
    }

    @Test
    void eachTracksReasonIsItsReleasesPlaysLongAgoAndSince() {
        releases(2);

        revisitReleases.run("username=ada", "seed=1");

        Playlist second = revisitReleases.stored().get(1);
        assertThat(second.tracks())
                .extracting(Track::reason)
                .containsOnly(new Reason.RevisitRelease("Album 1", "Artist 1", 11, 1));
        assertThat(second.tracks().get(0).reason().text())
                .isEqualTo("from Album 1 by Artist 1, played 11 times 90 to 150 days ago and once since");
    }

    @Test
    void aReleaseWithoutFilesIsSkipped(CapturedOutput output) {
        releases(5, 1);

        Outcome outcome = revisitReleases.run("username=ada", "seed=1");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output)
                .contains("No files found for release mbid=" + releaseGroup(1) + ".")
                .contains("Saved 4 playlists to collection revisit-releases.");
        assertThat(revisitReleases.stored())
                .extracting(Playlist::title)
                .containsExactly("Revisit Release 1", "Revisit Release 2", "Revisit Release 3", "Revisit Release 4");
    }

    @Test
    void withoutCandidatesEndsQuietlyAndKeepsTheCollection(CapturedOutput output) {
        Outcome outcome = revisitReleases.run("username=ada");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("No playlists generated.");
        assertThat(revisitReleases.current().refreshedAt()).isNull();
    }

    @Test
    void aFreshCollectionIsSkippedUntilForced(CapturedOutput output) {
        releases(5);
        revisitReleases.run("username=ada", "seed=1");
        jdbc.sql("DELETE FROM analytics.revisit_releases WHERE revisit_score >= 2")
                .update();

        revisitReleases.run("username=ada", "seed=2");
        assertThat(output).contains("Collection is not stale; skipping.");
        assertThat(revisitReleases.stored()).hasSize(5);

        revisitReleases.run("username=ada", "seed=3", "force=true");
        assertThat(revisitReleases.stored()).hasSize(2);
    }

    @Test
    void theSameSeedChoosesTheSameReleases() {
        releases(10);
        revisitReleases.run("username=ada", "count=4", "seed=5");
        List<Playlist> first = revisitReleases.stored();

        revisitReleases.run("username=ada", "count=4", "seed=5", "force=true");

        assertThat(revisitReleases.stored()).isEqualTo(first);
    }
}
