package org.moomoo.jobs.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.NoWaiting;
import org.moomoo.jobs.musicbrainz.FakeMusicBrainz;
import org.moomoo.jobs.testing.JobTest;
import org.moomoo.jobs.worklist.Md5Key;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Through the real models: listens-import of a generated export, build-models, annotate-mbids
 * against a mock MusicBrainz, build-models again; the published listen counts, loved tracks and
 * revisit candidates reflect the imported history, with the names MusicBrainz gave.
 */
@JobTest
@Import(NoWaiting.class)
class AnnotatedHistoryModelsTest {

    static final MockWebServer SERVER = MockServers.started();
    static final String USER = "newcomer";
    static final String SONG_A = "a0000000-0000-4000-8000-00000000000a";
    static final String SONG_B = "b0000000-0000-4000-8000-00000000000b";
    static final String ARTIST = "c0000000-0000-4000-8000-00000000000c";
    static final String RELEASE = "d0000000-0000-4000-8000-00000000000d";
    static final String GROUP = "e0000000-0000-4000-8000-00000000000e";
    static final String FILE_A = "Band/Album/01 Song A.flac";
    static final String FILE_B = "Band/Album/02 Song B.flac";

    @DynamicPropertySource
    static void musicBrainz(DynamicPropertyRegistry properties) {
        properties.add("MOOMOO_MUSICBRAINZ_URL", () -> SERVER.url("/ws/2/").toString());
        properties.add("MOOMOO_CONTACT_EMAIL", () -> "listener@example.org");
        properties.add("moomoo.musicbrainz.min-interval", () -> "0s");
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    // Song A: six plays within a few hours 120 days ago (a spike, and a track to revisit); song B:
    // one play a day for the last ten days.
    private Path export() throws Exception {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS);
        StringBuilder lines = new StringBuilder();
        for (int hour = 0; hour < 6; hour++) {
            long at = today.minus(120, ChronoUnit.DAYS)
                    .plus(hour, ChronoUnit.HOURS)
                    .getEpochSecond();
            lines.append(listen(at, SONG_A, "Song A"));
        }
        for (int day = 1; day <= 10; day++) {
            lines.append(listen(today.minus(day, ChronoUnit.DAYS).getEpochSecond(), SONG_B, "Song B"));
        }
        return Files.writeString(temp.resolve("export.jsonl"), lines);
    }

    private static String listen(long at, String recording, String track) {
        return "{\"listened_at\": " + at + ", \"inserted_at\": " + at + ", \"recording_msid\": \""
                + UUID.nameUUIDFromBytes(track.getBytes(StandardCharsets.UTF_8))
                + "\", \"track_metadata\": {\"artist_name\": \"Band\","
                + " \"track_name\": \"" + track + "\", \"release_name\": \"Album\", \"additional_info\":"
                + " {\"duration_ms\": 215840}, \"mbid_mapping\": {\"recording_mbid\": \"" + recording + "\","
                + " \"release_mbid\": \"" + RELEASE + "\", \"artist_mbids\": [\"" + ARTIST + "\"]}}}\n";
    }

    private void localFile(String path, String title, String recording) {
        String tags = "{\"title\": \"" + title + "\", \"album\": \"Album\", \"artist\": \"Band\", \"album_artist\":"
                + " \"Band\", \"tracknumber\": \"1\", \"length\": 215.8, \"musicbrainz_trackid\": \"" + recording
                + "\", \"musicbrainz_albumid\": \"" + RELEASE + "\", \"musicbrainz_releasegroupid\": \"" + GROUP
                + "\", \"musicbrainz_artistid\": \"" + ARTIST + "\", \"musicbrainz_albumartistid\": \"" + ARTIST
                + "\"}";
        Timestamp longAgo = Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS));
        jdbc.sql("""
                INSERT INTO raw.local_music_files (filepath, recording_md5, recording_name, release_name, artist_name,
                  json_data, file_created_at, file_modified_at, file_size_bytes)
                VALUES (?, ?, ?, 'Album', 'Band', CAST(? AS jsonb), ?, ?, 4000000)
                """)
                .params(path, Md5Key.of(title, "Album", "Band"), title, tags, longAgo, longAgo)
                .update();
    }

    private FakeMusicBrainz musicBrainz() {
        FakeMusicBrainz fake = new FakeMusicBrainz()
                .recording(SONG_A, "Song A (MusicBrainz)", ARTIST, "The Band", RELEASE)
                .recording(SONG_B, "Song B (MusicBrainz)", ARTIST, "The Band", RELEASE)
                .release(RELEASE, "Album", GROUP, ARTIST, "The Band")
                .releaseGroup(GROUP, "Album", ARTIST, "The Band")
                .artist(ARTIST, "The Band", List.of(RELEASE));
        SERVER.setDispatcher(fake);
        return fake;
    }

    private int run(String job, String... arguments) throws SQLException {
        Outcome outcome = jobs.run(job, List.of(arguments));
        assertThat(outcome.exitCode()).as(job + ": " + outcome.message()).isEqualTo(ExitCodes.COMPLETED);
        return outcome.exitCode();
    }

    private List<Map<String, Object>> listenCounts() {
        return jdbc.sql("SELECT recording_mbid::text AS mbid, recording_title AS title, artist_credit_phrase AS artist,"
                        + " lifetime_listen_count::int AS listens FROM analytics.recording_listen_counts"
                        + " WHERE username = ? ORDER BY recording_mbid")
                .param(USER)
                .query()
                .listOfRows();
    }

    @Test
    void importedHistoryAndItsAnnotationsGiveListenCountsLovedTracksAndRevisits() throws Exception {
        localFile(FILE_A, "Song A", SONG_A);
        localFile(FILE_B, "Song B", SONG_B);
        FakeMusicBrainz fake = musicBrainz();
        run("listens-import", "file=" + export(), "username=" + USER);
        run("build-models");
        assertThat(listenCounts())
                .as("no recording is known before annotate-mbids")
                .isEmpty();

        run("annotate-mbids");
        run("build-models");

        assertThat(fake.lookups()).isEqualTo(5);
        assertThat(listenCounts())
                .containsExactly(
                        Map.of("mbid", SONG_A, "title", "Song A (MusicBrainz)", "artist", "The Band", "listens", 6),
                        Map.of("mbid", SONG_B, "title", "Song B (MusicBrainz)", "artist", "The Band", "listens", 10));
        assertThat(jdbc.sql("SELECT filepath FROM analytics.loved_tracks WHERE username = ?")
                        .param(USER)
                        .query(String.class)
                        .list())
                .as("six plays within a day make a spike, so a loved track")
                .containsExactly(FILE_A);
        assertThat(jdbc.sql("SELECT filepath FROM analytics.revisit_tracks WHERE username = ?")
                        .param(USER)
                        .query(String.class)
                        .list())
                .as("played 120 days ago, not since")
                .containsExactly(FILE_A);
    }
}
