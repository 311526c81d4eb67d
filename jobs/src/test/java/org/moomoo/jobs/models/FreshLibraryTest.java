package org.moomoo.jobs.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new user's first build: files scanned, mostly untagged, nothing embedded or listened yet. */
@JobTest
@ExtendWith(OutputCaptureExtension.class)
class FreshLibraryTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScannedButNotEmbeddedLibraryStillGetsItsModels() throws SQLException {
        jdbc.sql("insert into raw.local_music_files (filepath, json_data, file_created_at, file_modified_at)"
                        + " select 'untagged ' || i || '.mp3', '{}', now(), now() from generate_series(1, 10) as i")
                .update();

        Outcome outcome = jobs.run("build-models", List.of());

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(jdbc.sql("select count(*) from analytics.local_files where embedding_success is null")
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
    }

    @Test
    void aLibraryWithFewNameTagsIsToldWhatTaggingGivesIt(CapturedOutput output) throws SQLException {
        // given: one file of four has title, album and artist tags, hence a recording_md5
        jdbc.sql("truncate raw.local_music_files").update();
        jdbc.sql(
                        "insert into raw.local_music_files (filepath, recording_md5, json_data, file_created_at, file_modified_at)"
                                + " select 'file ' || i || '.mp3', case when i = 1 then md5('tagged') end, '{}', now(), now()"
                                + " from generate_series(1, 4) as i")
                .update();

        // when
        Outcome outcome = jobs.run("build-models", List.of());

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output)
                .contains("build-models: warning: only 25 % of your files have title, album and artist tags,"
                        + " so the others get no MusicBrainz recording id from their names: tag them (for example with"
                        + " MusicBrainz Picard) to match listens by id")
                .doesNotContain("not_null_proportion(local_files.recording_md5)");
    }
}
