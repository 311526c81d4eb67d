package org.moomoo.jobs.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExecutionView;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.testing.JobTest;
import org.moomoo.testsupport.ModelFolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The build-models job over a small project of its own: local_files (a table) feeds a count that
 * divides by the rows of raw.local_music_files_exclude_regex, so emptying that table makes a
 * model fail with a real SQL error, and filling it fixes the model without touching the files.
 */
@JobTest
class BuildModelsJobTest {

    private static final ModelFolder PROJECT = new ModelFolder()
            .file("sources.yml", """
                    sources:
                      - name: local_music_files
                        columns:
                          - name: filepath
                            tests: [not_null, unique]
                      - name: local_music_files_exclude_regex
                    """)
            .file("local_files.sql", """
                    {{ config(indexes=[{'columns': ['filepath'], 'unique': true}]) }}
                    select filepath, json_data ->> 'title' as title, clock_timestamp() as built_at
                    from {{ source('local_music_files') }}""")
            .file("local_files.yml", """
                    models:
                      - name: local_files
                        columns:
                          - name: title
                            tests: [not_null]
                    """)
            .file("per_pattern.sql", """
                    select count(*) / (select count(*) from {{ source('local_music_files_exclude_regex') }}) as files
                    from {{ ref('local_files') }}""")
            .file("analytic/titles.sql", "select title from {{ ref('local_files') }}");

    @DynamicPropertySource
    static void project(DynamicPropertyRegistry properties) {
        properties.add("moomoo.models.path", () -> PROJECT.root().toString());
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void library() {
        jdbc.sql("truncate raw.local_music_files, raw.local_music_files_exclude_regex")
                .update();
        jdbc.sql("insert into raw.local_music_files (filepath, json_data, file_created_at, file_modified_at)"
                        + " select 'track-' || i || '.mp3', jsonb_build_object('title', 'title ' || i), now(), now()"
                        + " from generate_series(1, 20000) as i")
                .update();
        jdbc.sql("insert into raw.local_music_files_exclude_regex (pattern) values ('^Podcasts/')")
                .update();
    }

    private Outcome run(String... arguments) {
        try {
            return jobs.run(BuildModelsJobConfig.JOB_NAME, List.of(arguments));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object value(String sql) {
        return jdbc.sql(sql).query().singleValue();
    }

    @Test
    void buildsTestsAndPublishesEveryModel() {
        Outcome outcome = run();

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(value("select count(*) from analytics.local_files")).isEqualTo(20000L);
        assertThat(value("select files from analytics.per_pattern")).isEqualTo(20000L);
        assertThat(value("select count(*) from analytics.titles")).isEqualTo(20000L);
        assertThat(value("select models::text from analytics_meta.published_builds order by build_id desc limit 1"))
                .isEqualTo("{local_files,per_pattern,titles}");
    }

    @Test
    void aFailedModelIsResumedWithoutRebuildingTheModelsBeforeIt() {
        jdbc.sql("truncate raw.local_music_files_exclude_regex").update();
        Outcome failed = run("select=local_files+");
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.execution().problem()).contains("per_pattern.sql").contains("division by zero");
        Timestamp fixedAt = (Timestamp) value("select clock_timestamp()::timestamp");

        jdbc.sql("insert into raw.local_music_files_exclude_regex (pattern) values ('^Podcasts/')")
                .update();
        Outcome resumed = run("select=local_files+");

        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(resumed.execution().executionId())
                .isNotEqualTo(failed.execution().executionId());
        assertThat(resumed.execution().steps())
                .extracting(ExecutionView.StepView::name)
                .containsExactly("model.per_pattern", "model.titles", "publish");
        assertThat((Timestamp) value("select max(built_at)::timestamp from analytics.local_files"))
                .isBefore(fixedAt);
        assertThat(value("select files from analytics.per_pattern")).isEqualTo(20000L);
    }

    @Test
    void aFailedDataTestPublishesNothing() {
        run();
        jdbc.sql("insert into raw.local_music_files (filepath, json_data, file_created_at, file_modified_at)"
                        + " values ('untitled.mp3', '{}', now(), now())")
                .update();

        Outcome outcome = run();

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem()).contains("not_null(local_files.title)");
        assertThat(value("select count(*) from analytics.local_files")).isEqualTo(20000L);
    }

    @Test
    void aSelectionBuildsOnlyItsModelsAndTheViewsOnThem() {
        run();

        run("select=local_files");

        assertThat(value("select models::text from analytics_meta.published_builds order by build_id desc limit 1"))
                .isEqualTo("{local_files,titles}");
    }

    @Test
    void anUnknownModelInTheSelectionIsAUsageError() {
        assertThatThrownBy(() -> run("select=local_filez+"))
                .isInstanceOf(JobControl.UsageException.class)
                .hasMessageContaining("no model named 'local_filez'");
    }

    @Test
    void readersNeverMissTheTableWhileBuildsArePublished() throws Exception {
        run();
        AtomicBoolean building = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        List<String> errors = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                while (building.get()) {
                    try (ResultSet rs = statement.executeQuery("select count(*) from analytics.local_files")) {
                        rs.next();
                        if (rs.getLong(1) != 20000L) {
                            errors.add("saw " + rs.getLong(1) + " rows");
                        }
                        reads.incrementAndGet();
                    } catch (SQLException e) {
                        errors.add(e.getMessage());
                    }
                }
            } catch (SQLException e) {
                errors.add(e.getMessage());
            }
        });
        reader.start();

        for (int i = 0; i < 4; i++) {
            assertThat(run().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        }
        building.set(false);
        reader.join();

        assertThat(errors).isEmpty();
        assertThat(reads.get()).isGreaterThan(10);
    }
}
