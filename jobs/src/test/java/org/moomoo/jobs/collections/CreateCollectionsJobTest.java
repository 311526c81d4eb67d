package org.moomoo.jobs.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.testing.JobTest;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.PlaylistCollection;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@JobTest
@ExtendWith(OutputCaptureExtension.class)
class CreateCollectionsJobTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CollectionStore store;

    private CollectionJobRuns createCollections;

    @BeforeEach
    void emptyTables() {
        CollectionTables.emptyPlaylists(jdbc);
        createCollections = new CollectionJobRuns(jobs, "create-collections");
    }

    @Test
    void createsTheFiveCollectionsWithTheirRefreshHours() {
        Outcome outcome = createCollections.run("username=ada");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT collection_name, array_to_string(refresh_at_hours_utc, ',') AS hours
                FROM raw.moomoo_playlist_collections WHERE username = 'ada' ORDER BY collection_name
                """).query().listOfRows();
        assertThat(rows)
                .extracting(row -> row.get("collection_name") + "=" + row.get("hours"))
                .containsExactly(
                        "loved-tracks=null",
                        "revisit-releases=7",
                        "revisit-tracks=null",
                        "smart-mixes=7",
                        "top-artists=7");
    }

    @Test
    void saysWhatItCreates(CapturedOutput output) {
        createCollections.run("username=ada");

        assertThat(output)
                .contains("Created collection 'loved-tracks' for user 'ada'.")
                .contains("Created collection 'top-artists' for user 'ada'.")
                .contains("Done.");
    }

    @Test
    void keepsExistingCollectionsWithoutReplace(CapturedOutput output) {
        createCollections.run("username=ada");
        UUID before = store.get("ada", "smart-mixes").id();

        Outcome outcome = createCollections.run("username=ada");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("Collection 'smart-mixes' for user 'ada' already exists, skipping.");
        assertThat(store.get("ada", "smart-mixes").id()).isEqualTo(before);
    }

    @Test
    void replaceDropsCollectionsWithTheirPlaylistsAndCreatesThemAnew(CapturedOutput output) {
        createCollections.run("username=ada");
        PlaylistCollection loved = store.get("ada", "loved-tracks");
        store.replace(loved, List.of(new Playlist("Loved Tracks", null, List.of(Track.ofPath("a")))), false);

        Outcome outcome = createCollections.run("username=ada", "replace=true");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("Dropping 'loved-tracks' for user 'ada'.");
        PlaylistCollection recreated = store.get("ada", "loved-tracks");
        assertThat(recreated.id()).isNotEqualTo(loved.id());
        assertThat(store.playlists(recreated)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM raw.moomoo_playlist_tracks")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesToStartWithoutAUser() {
        assertThatThrownBy(() -> createCollections.run())
                .isInstanceOf(JobControl.UsageException.class)
                .hasMessageContaining("username=");
    }
}
