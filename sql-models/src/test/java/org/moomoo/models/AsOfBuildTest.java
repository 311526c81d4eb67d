package org.moomoo.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.testsupport.FreshDatabase;
import org.moomoo.testsupport.ModelFolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The as-of mode of the runner: the sources with an {@code as_of_column} are read only before the
 * cutoff, so a listen or a love after it never reaches a model; the shipped project declares both.
 */
@FreshDatabase
class AsOfBuildTest {

    private static final Instant CUTOFF = Instant.parse("2025-06-01T00:00:00Z");
    private static final UUID RECORDING = UUID.fromString("a0000000-0000-4000-8000-000000000001");

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    AsOfBuildTest(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void listensAndLovesOnBothSidesOfTheCutoff() {
        for (String schema : List.of("asof", "asof_meta", "whole", "whole_meta")) {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
        jdbc.sql("truncate raw.listenbrainz_listens, raw.listenbrainz_user_feedback, raw.local_music_files")
                .update();
        // One listen a day from 10 days before the cutoff to 9 days after it, and a love on each side.
        for (int day = -10; day < 10; day++) {
            Instant at = CUTOFF.plusSeconds(day * 86_400L + 3_600);
            jdbc.sql("insert into raw.listenbrainz_listens (listen_md5, username, json_data, listen_at_ts_utc)"
                            + " values (md5(:key), 'ada', jsonb_build_object('listened_at', :epoch, 'recording_msid',"
                            + " :msid, 'track_metadata', jsonb_build_object('track_name', 'Song', 'artist_name', 'A',"
                            + " 'mbid_mapping', jsonb_build_object('recording_mbid', :recording))), :at)")
                    .param("key", "listen " + day)
                    .param("epoch", at.getEpochSecond())
                    .param("msid", new UUID(day, 1).toString())
                    .param("recording", RECORDING.toString())
                    .param("at", java.sql.Timestamp.from(at))
                    .update();
        }
        for (int day : new int[] {-3, 3}) {
            jdbc.sql("insert into raw.listenbrainz_user_feedback (feedback_md5, username, score, recording_mbid,"
                            + " feedback_at) values (md5(:key), 'ada', 1, :recording, :at)")
                    .param("key", "love " + day)
                    .param("recording", RECORDING)
                    .param("at", java.sql.Timestamp.from(CUTOFF.plusSeconds(day * 86_400L)))
                    .update();
        }
    }

    @Test
    void aSourceWithAnAsOfColumnIsReadOnlyBeforeTheCutoffAndOthersWhole() throws SQLException {
        ModelFolder folder = new ModelFolder()
                .file("sources.yml", """
                        sources:
                          - name: listenbrainz_listens
                            as_of_column: listen_at_ts_utc
                          - name: listenbrainz_user_feedback
                            as_of_column: feedback_at
                          - name: local_music_files
                        """)
                .file(
                        "counts.sql",
                        "{{ config(materialized='table') }}\n"
                                + "select (select count(*) from {{ source('listenbrainz_listens') }} as l) as listens,"
                                + " (select max(l.listen_at_ts_utc) from {{ source('listenbrainz_listens') }} as l) as last,"
                                + " (select count(*) from {{ source('listenbrainz_user_feedback') }} as f) as loves,"
                                + " (select count(*) from {{ source('local_music_files') }}) as files");
        ModelProject project = ModelProject.fromDirectory(folder.root());

        build(new ModelRunner(dataSource, project, new RunnerSettings("asof", List.of(), CUTOFF)), CUTOFF);
        build(new ModelRunner(dataSource, project, new RunnerSettings("whole", List.of())), CUTOFF);

        assertThat(jdbc.sql("select listens, loves from asof.counts").query().singleRow())
                .containsEntry("listens", 10L)
                .containsEntry("loves", 1L);
        assertThat(jdbc.sql("select last < :cutoff from asof.counts")
                        .param("cutoff", java.sql.Timestamp.from(CUTOFF))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select listens, loves from whole.counts").query().singleRow())
                .containsEntry("listens", 20L)
                .containsEntry("loves", 2L);
    }

    @Test
    void theShippedModelsSeeNoListenOrLoveAfterTheCutoff() throws SQLException {
        ModelRunner runner = new ModelRunner(
                dataSource, ModelProject.fromClasspath(), new RunnerSettings("asof", List.of(), CUTOFF));

        build(runner, CUTOFF);

        assertThat(jdbc.sql("select count(*) from asof.listens")
                        .query(Long.class)
                        .single())
                .isEqualTo(10L);
        assertThat(jdbc.sql("select count(*) from asof.listens where listen_at_ts_utc >= :cutoff")
                        .param("cutoff", java.sql.Timestamp.from(CUTOFF))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from asof.listenbrainz_feedback")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("select to_regclass('analytics.listens') is null")
                        .query(Boolean.class)
                        .single())
                .as("the published schema is never touched")
                .isTrue();
    }

    private static void build(ModelRunner runner, Instant now) throws SQLException {
        BuildPlan plan = runner.plan("", "t", now, true);
        runner.prepare(plan, true);
        runner.testSources(plan);
        for (String model : plan.models()) {
            runner.build(plan, model);
        }
        runner.publish(plan);
    }
}
