package org.moomoo.jobs.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.playlist.LocalFileFacts.Facts;
import org.moomoo.jobs.testing.AnalyticJobTest;
import org.moomoo.models.testing.AnalyticRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tags and embedding state {@code moomoo playlist} reads for the files it prints or warns about. */
@AnalyticJobTest
class LocalFileFactsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LocalFileFacts facts;

    private AnalyticRows tables;

    @BeforeEach
    void localFiles() {
        tables = new AnalyticRows(jdbc).clear();
        jdbc.sql("TRUNCATE raw.local_music_embeddings").update();
    }

    private void file(String path, String title, String artist, String album, boolean embedded, Double seconds) {
        tables.into("local_files")
                .set("filepath", path)
                .set("track_name", title)
                .set("artist_name", artist)
                .set("album_name", album)
                .set("embedding_success", embedded)
                .set("embedding_duration_seconds", seconds)
                .insert();
    }

    @Test
    void readsTheTagsAndWhyAFileHasNoVector() {
        // given
        file("a/song.flac", "Song", "Artist", "Album", true, 120.0);
        file("a/broken.opus", null, null, null, false, null);
        file("a/other.flac", "Other", null, null, true, 120.0);
        jdbc.sql("INSERT INTO raw.local_music_embeddings (filepath, embedder, success, fail_reason)"
                        + " VALUES ('a/broken.opus', 'sonic-v1', false, 'cannot decode Opus without ffmpeg')")
                .update();

        // when
        Map<String, Facts> read = facts.of(List.of("a/song.flac", "a/broken.opus", "not/in/library.flac"));

        // then
        assertThat(read).containsOnlyKeys("a/song.flac", "a/broken.opus");
        assertThat(read.get("a/song.flac")).isEqualTo(new Facts("Song", "Artist", "Album", true, 120.0, null));
        assertThat(read.get("a/broken.opus"))
                .isEqualTo(new Facts(null, null, null, false, null, "cannot decode Opus without ffmpeg"));
    }
}
