package org.moomoo.jobs.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Without {@code MOOMOO_CONTACT_EMAIL} the MusicBrainz jobs refuse to start, naming the variable. */
@JobTest
class AnnotateWithoutContactTest {

    static final MockWebServer SERVER = MockServers.started();

    @DynamicPropertySource
    static void musicBrainz(DynamicPropertyRegistry properties) {
        properties.add("MOOMOO_MUSICBRAINZ_URL", () -> SERVER.url("/ws/2/").toString());
        properties.add("MOOMOO_CONTACT_EMAIL", () -> "");
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void bothJobsRefuseNamingTheVariableAndCallNothing() throws Exception {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS analytics").update();
        jdbc.sql("CREATE TABLE analytics.mbids (mbid uuid PRIMARY KEY, entity varchar)")
                .update();
        jdbc.sql("INSERT INTO analytics.mbids VALUES ('6a6a5a76-4bd2-4c1d-a9e1-3d5e2e0a1f21', 'recording')")
                .update();

        for (String job : List.of("annotate-mbids", "annotation-daemon")) {
            Outcome outcome = jobs.run(job, List.of());

            assertThat(outcome.exitCode()).as(job).isEqualTo(ExitCodes.FAILED);
            assertThat(outcome.execution().problem()).as(job).contains("MOOMOO_CONTACT_EMAIL");
        }
        assertThat(SERVER.getRequestCount()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM raw.musicbrainz_annotations")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
