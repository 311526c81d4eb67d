package org.moomoo.jobs.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@AnalyticJobTest
@Import(ImmediateRetry.class)
@ExtendWith(OutputCaptureExtension.class)
class LovedTracksJobTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CollectionStore store;

    private AnalyticRows tables;
    private AdasCollection lovedTracks;

    @BeforeEach
    void userWithCollection() {
        tables = CollectionTables.emptied(jdbc);
        lovedTracks = AdasCollection.register(RegisteredCollection.LOVED_TRACKS, jobs, store);
    }

    private void fiveLoves() {
        for (int i = 0; i < 5; i++) {
            tables.unembeddedFile("path/" + i, 200.9);
            tables.love("ada", "path/" + i, "2023-01-01T0" + i + ":00:00Z");
        }
    }

    @Test
    void storesLovedTracksMostRecentFirstWithFlooredLengthsOnly() {
        // given
        fiveLoves();

        // when
        Outcome outcome = lovedTracks.run("username=ada");

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Track> expected = List.of(4, 3, 2, 1, 0).stream()
                .map(i -> new Track("path/" + i, null, null, null, null, null, 200, null, null)
                        .withReason(new Reason.Loved(LocalDate.of(2023, 1, 1))))
                .toList();
        assertThat(lovedTracks.stored())
                .containsExactly(new Playlist("Loved Tracks", "Tracks that ada has loved on ListenBrainz.", expected));
    }

    @Test
    void eachTracksReasonIsTheUtcDayOfItsLove() {
        // given: loves late in the evening UTC, where another time zone would be a day ahead
        tables.unembeddedFile("path/a", 200.9).love("ada", "path/a", "2024-03-02T23:30:00Z");
        tables.unembeddedFile("path/b", 200.9).love("ada", "path/b", "2024-03-02T00:10:00+02:00");

        // when
        lovedTracks.run("username=ada");

        // then
        List<Track> tracks = lovedTracks.stored().get(0).tracks();
        assertThat(tracks)
                .extracting(Track::reason)
                .containsExactly(
                        new Reason.Loved(LocalDate.of(2024, 3, 2)), new Reason.Loved(LocalDate.of(2024, 3, 1)));
        assertThat(tracks.get(0).reason().text()).isEqualTo("loved on 2024-03-02");
    }

    @Test
    void runningAgainStillGivesOnePlaylist() {
        fiveLoves();
        lovedTracks.run("username=ada");

        lovedTracks.run("username=ada");

        assertThat(lovedTracks.stored()).extracting(Playlist::title).containsExactly("Loved Tracks");
    }

    @Test
    void saysHowManyTracksItSaved(CapturedOutput output) {
        fiveLoves();

        lovedTracks.run("username=ada");

        assertThat(output).contains("Creating playlist for 5 loved tracks.").contains("Saved playlist to database.");
    }

    @Test
    void withoutLovesEndsQuietlyAndKeepsTheCollection(CapturedOutput output) {
        fiveLoves();
        lovedTracks.run("username=ada");
        jdbc.sql("TRUNCATE analytics.loved_tracks").update();

        Outcome outcome = lovedTracks.run("username=ada");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("No loved tracks found.");
        assertThat(lovedTracks.stored()).hasSize(1);
    }

    @Test
    void aMissingCollectionFailsWithOneLine() {
        Outcome outcome = lovedTracks.run("username=bob");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem()).isEqualTo("Collection 'loved-tracks' for user 'bob' does not exist.");
    }

    @Test
    void missingAnalyticTablesFailWithOneLineSayingToBuildTheModels() {
        tables.hide("analytics.loved_tracks");

        Outcome outcome = lovedTracks.run("username=ada");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem())
                .isEqualTo(
                        "cannot read the analytic tables "
                                + "(relation \"analytics.loved_tracks\" does not exist); build them with ./moomoo jobs run build-models");
    }
}
