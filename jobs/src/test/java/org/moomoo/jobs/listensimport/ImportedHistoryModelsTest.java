package org.moomoo.jobs.listensimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An imported history goes through the real models: build-models counts its listens. */
@JobTest
class ImportedHistoryModelsTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    // 30 days of listens, one a day of recording A and, on even days, one of recording B as well.
    private Path recentExport() throws Exception {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS);
        StringBuilder lines = new StringBuilder();
        for (int day = 1; day <= 30; day++) {
            long at = today.minus(day, ChronoUnit.DAYS).getEpochSecond();
            lines.append(listen(at, "a0000000-0000-4000-8000-000000000001", "Song A"));
            if (day % 2 == 0) {
                lines.append(listen(at + 600, "b0000000-0000-4000-8000-000000000002", "Song B"));
            }
        }
        Path export = temp.resolve("export.jsonl");
        return Files.writeString(export, lines);
    }

    private static String listen(long at, String recordingMbid, String track) {
        return "{\"listened_at\": " + at + ", \"inserted_at\": " + at + ", \"recording_msid\": \""
                + DerivedMsid.of("Artist", track, "Album") + "\", \"track_metadata\": {\"artist_name\": \"Artist\","
                + " \"track_name\": \"" + track + "\", \"release_name\": \"Album\", \"additional_info\":"
                + " {\"duration_ms\": 200000}, \"mbid_mapping\": {\"recording_mbid\": \"" + recordingMbid + "\","
                + " \"artist_mbids\": [\"c0000000-0000-4000-8000-000000000003\"]}}}\n";
    }

    @Test
    void buildModelsCountsTheImportedListens() throws Exception {
        // given
        assertThat(run("listens-import", "file=" + recentExport(), "username=newcomer"))
                .isEqualTo(ExitCodes.COMPLETED);

        // when
        assertThat(run("build-models")).isEqualTo(ExitCodes.COMPLETED);

        // then
        List<Map<String, Object>> perRecording = jdbc.sql("""
                SELECT recording_mbid::text AS mbid, count(*) AS listens FROM analytics.listens
                WHERE username = 'newcomer' GROUP BY recording_mbid ORDER BY 1
                """).query().listOfRows();
        assertThat(perRecording)
                .containsExactly(
                        Map.of("mbid", "a0000000-0000-4000-8000-000000000001", "listens", 30L),
                        Map.of("mbid", "b0000000-0000-4000-8000-000000000002", "listens", 15L));
        assertThat(jdbc.sql("SELECT sum(count_listens) FROM analytics.daily_user_listen_stats "
                                + "WHERE username = 'newcomer'")
                        .query(Long.class)
                        .single())
                .isEqualTo(45L);
    }

    private int run(String job, String... arguments) throws SQLException {
        return jobs.run(job, List.of(arguments)).exitCode();
    }
}
