package org.moomoo.jobs.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.playlist.LocalFileFacts.Facts;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tags and embedding state {@code moomoo playlist} reads for the files it prints or warns about. */
@JobTest
class LocalFileFactsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LocalFileFacts facts;

    @BeforeEach
    void localFiles() {
        new AnalyticsTables(jdbc).create();
        jdbc.sql("ALTER TABLE analytics.local_files ADD COLUMN IF NOT EXISTS album_name VARCHAR").update();
        jdbc.sql("TRUNCATE raw.local_music_embeddings").update();
    }

    @Test
    void readsTheTagsAndWhyAFileHasNoVector() {
        // given
        jdbc.sql("""
                INSERT INTO analytics.local_files
                  (filepath, track_name, artist_name, album_name, embedding_success, embedding_duration_seconds) VALUES
                  ('a/song.flac', 'Song', 'Artist', 'Album', true, 120),
                  ('a/broken.opus', NULL, NULL, NULL, false, NULL),
                  ('a/other.flac', 'Other', NULL, NULL, true, 120)
                """).update();
        jdbc.sql("INSERT INTO raw.local_music_embeddings (filepath, embedder, success, fail_reason)"
                + " VALUES ('a/broken.opus', 'sonic-v1', false, 'cannot decode Opus without ffmpeg')").update();

        // when
        Map<String, Facts> read = facts.of(List.of("a/song.flac", "a/broken.opus", "not/in/library.flac"));

        // then
        assertThat(read).containsOnlyKeys("a/song.flac", "a/broken.opus");
        assertThat(read.get("a/song.flac")).isEqualTo(new Facts("Song", "Artist", "Album", true, 120.0, null));
        assertThat(read.get("a/broken.opus")).isEqualTo(new Facts(null, null, null, false, null,
                "cannot decode Opus without ffmpeg"));
    }
}
