package org.moomoo.jobs.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moomoo.jobs.cli.CommandRun;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.testsupport.ModelFolder;

/** {@code moomoo models ...}: no database involved. */
class ModelsCommandTest {

    private final ModelFolder folder = new ModelFolder()
            .file("sources.yml", "sources:\n  - name: listenbrainz_listens\n")
            .file(
                    "listens.sql",
                    "{{ config(materialized='table') }}\nselect listen_md5 from {{ source('listenbrainz_listens') }}"
                            + " where listen_at_ts_utc < {{ now() }}")
            .file("listens.yml", "models:\n  - name: listens\n    description: One row per listen.\n")
            .file("analytic/recent.sql", "select * from {{ ref('listens') }}");

    @Test
    void compilePrintsTheRenderedSqlAgainstThePublishedSchema() {
        CommandRun run = CommandRun.of(
                "models", "compile", "recent", "--path", folder.root().toString());

        assertThat(run.code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(run.out().strip()).isEqualTo("select * from analytics.listens");
    }

    @Test
    void compileRendersAFixedClockAsALiteral() {
        CommandRun run = CommandRun.of(
                "models",
                "compile",
                "listens",
                "--now",
                "2026-06-01T12:00:00Z",
                "--path",
                folder.root().toString());

        assertThat(run.out())
                .contains("from raw.listenbrainz_listens")
                .contains("listen_at_ts_utc < '2026-06-01T12:00:00Z'::timestamptz");
    }

    @Test
    void graphPrintsEachLayerWithWhatEachModelReads() {
        CommandRun run =
                CommandRun.of("models", "graph", "--path", folder.root().toString());

        assertThat(run.out())
                .containsSubsequence(
                        "layer 1", "listens", "<- source.listenbrainz_listens", "layer 2", "recent", "<- listens");
    }

    @Test
    void listShowsKindLayerAndDescription() {
        CommandRun run = CommandRun.of("models", "list", "--path", folder.root().toString());

        assertThat(run.out())
                .containsPattern("listens\\s+table\\s+layer 1\\s+One row per listen.")
                .containsPattern("recent\\s+view\\s+layer 2")
                .contains("2 models, 1 sources");
    }

    @Test
    void anUnknownModelIsOneLineNotAStackTrace() {
        CommandRun run = CommandRun.of(
                "models", "compile", "nope", "--path", folder.root().toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().strip()).isEqualTo("moomoo: there is no model named 'nope'");
    }
}
