package org.moomoo.jobs.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new user's first build: files scanned, mostly untagged, nothing embedded or listened yet. */
@JobTest
class FreshLibraryTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScannedButNotEmbeddedLibraryStillGetsItsModels() throws SQLException {
        jdbc.sql("insert into raw.local_music_files (filepath, json_data, file_created_at, file_modified_at)"
                + " select 'untagged ' || i || '.mp3', '{}', now(), now() from generate_series(1, 10) as i").update();

        Outcome outcome = jobs.run("build-models", List.of());

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(jdbc.sql("select count(*) from analytics.local_files where embedding_success is null")
                .query(Long.class).single()).isEqualTo(10);
    }
}
