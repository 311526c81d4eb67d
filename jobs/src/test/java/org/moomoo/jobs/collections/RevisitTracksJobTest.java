package org.moomoo.jobs.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
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
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@AnalyticJobTest
@ExtendWith(OutputCaptureExtension.class)
class RevisitTracksJobTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CollectionStore store;

    private AnalyticRows tables;
    private AdasCollection revisitTracks;

    @BeforeEach
    void userWithCollection() {
        tables = CollectionTables.emptied(jdbc);
        revisitTracks = AdasCollection.register(RegisteredCollection.REVISIT_TRACKS, jobs, store);
    }

    /** Track i by its own artist, score 10 + i. */
    private void revisitCandidates(int count) {
        for (int i = 0; i < count; i++) {
            UUID artist = new UUID(1, i);
            tables.taggedFile("path/" + i, null, artist, null);
            jdbc.sql("""
                    INSERT INTO analytics.revisit_tracks (recording_mbid, username, filepath, artist_mbid, album_artist_mbid, revisit_score)
                    VALUES (:recording, 'ada', :path, :artist, NULL, :score)
                    """)
                    .param("recording", new UUID(2, i))
                    .param("path", "path/" + i)
                    .param("artist", artist)
                    .param("score", 10.0 + i)
                    .update();
        }
    }

    @Test
    void storesTheCandidatesAsOnePlaylist() {
        revisitCandidates(5);

        Outcome outcome = revisitTracks.run("username=ada", "seed=1");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(revisitTracks.stored()).singleElement().satisfies(playlist -> {
            assertThat(playlist.title()).isEqualTo("Revisit Tracks");
            assertThat(playlist.description()).isEqualTo("Tracks for ada to revisit.");
            assertThat(playlist.tracks())
                    .extracting(Track::filepath)
                    .containsExactlyInAnyOrder("path/0", "path/1", "path/2", "path/3", "path/4");
        });
    }

    @Test
    void keepsTheTwentyHighestScores() {
        revisitCandidates(25);

        revisitTracks.run("username=ada", "seed=1");

        assertThat(revisitTracks.stored().get(0).tracks())
                .extracting(Track::filepath)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(5, 25).mapToObj(i -> "path/" + i).toList());
    }

    @Test
    void storesMbidsAsTheyAreWithFlooredLengths() {
        revisitCandidates(1);

        revisitTracks.run("username=ada", "seed=1");

        assertThat(revisitTracks.stored().get(0).tracks())
                .containsExactly(
                        new Track("path/0", new UUID(2, 0), null, null, new UUID(1, 0), null, 180, null, null));
    }

    @Test
    void eachTracksReasonCountsTheUsersListensOfItsRecording() {
        // given: 14 listens of the recording from March to May 2023, and listens that must not count
        revisitCandidates(1);
        UUID recording = new UUID(2, 0);
        for (int i = 0; i < 14; i++) {
            listen("ada", recording, "2023-03-05T10:00:00Z", i);
        }
        listen("ada", recording, "2023-05-20T23:00:00Z", 14);
        listen("bob", recording, "2024-01-01T10:00:00Z", 15);
        listen("ada", new UUID(2, 99), "2024-01-01T10:00:00Z", 16);
        tables.into("recording_listen_counts")
                .set("user_recording_key", "ada-0")
                .set("username", "ada")
                .set("recording_mbid", recording)
                .set("listen_recency_days", 40)
                .insert();

        // when
        revisitTracks.run("username=ada", "seed=1");

        // then
        Reason reason = revisitTracks.stored().get(0).tracks().get(0).reason();
        assertThat(reason)
                .isEqualTo(new Reason.RevisitTrack(15, LocalDate.of(2023, 3, 5), LocalDate.of(2023, 5, 20), 40));
        assertThat(reason.text()).isEqualTo("played 15 times from March to May 2023, not in the last 40 days");
    }

    private void listen(String username, UUID recording, String at, int number) {
        tables.into("listens")
                .set("listen_md5", "listen-" + number)
                .set("username", username)
                .set("recording_mbid", recording)
                .set("listen_at_ts_utc", OffsetDateTime.parse(at))
                .insert();
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        revisitCandidates(20);
        revisitTracks.run("username=ada", "seed=9");
        List<Track> first = revisitTracks.stored().get(0).tracks();

        revisitTracks.run("username=ada", "seed=9");

        assertThat(revisitTracks.stored().get(0).tracks()).isEqualTo(first);
    }

    @Test
    void withoutCandidatesEndsQuietly(CapturedOutput output) {
        Outcome outcome = revisitTracks.run("username=ada");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("No revisit tracks found.");
        assertThat(revisitTracks.stored()).isEmpty();
    }
}
