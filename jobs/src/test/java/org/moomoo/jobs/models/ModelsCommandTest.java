package org.moomoo.jobs.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.jobs.launcher.ExitCodes;
import picocli.CommandLine;

/** {@code moomoo models ...}: no database involved. */
class ModelsCommandTest {

    private final ModelFolder folder = new ModelFolder()
            .file("sources.yml", "sources:\n  - name: listenbrainz_listens\n")
            .file("listens.sql", "{{ config(materialized='table') }}\nselect listen_md5 from {{ source('listenbrainz_listens') }}"
                    + " where listen_at_ts_utc < {{ now() }}")
            .file("listens.yml", "models:\n  - name: listens\n    description: One row per listen.\n")
            .file("analytic/recent.sql", "select * from {{ ref('listens') }}");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine commandLine = MoomooCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void compilePrintsTheRenderedSqlAgainstThePublishedSchema() {
        int code = execute("models", "compile", "recent", "--path", folder.root().toString());

        assertThat(code).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out.toString().strip()).isEqualTo("select * from analytics.listens");
    }

    @Test
    void compileRendersAFixedClockAsALiteral() {
        execute("models", "compile", "listens", "--now", "2026-06-01T12:00:00Z", "--path", folder.root().toString());

        assertThat(out.toString()).contains("from raw.listenbrainz_listens")
                .contains("listen_at_ts_utc < '2026-06-01T12:00:00Z'::timestamptz");
    }

    @Test
    void graphPrintsEachLayerWithWhatEachModelReads() {
        execute("models", "graph", "--path", folder.root().toString());

        assertThat(out.toString()).containsSubsequence("layer 1", "listens", "<- source.listenbrainz_listens",
                "layer 2", "recent", "<- listens");
    }

    @Test
    void listShowsKindLayerAndDescription() {
        execute("models", "list", "--path", folder.root().toString());

        assertThat(out.toString()).containsPattern("listens\\s+table\\s+layer 1\\s+One row per listen.")
                .containsPattern("recent\\s+view\\s+layer 2").contains("2 models, 1 sources");
    }

    @Test
    void anUnknownModelIsOneLineNotAStackTrace() {
        int code = execute("models", "compile", "nope", "--path", folder.root().toString());

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString().strip()).isEqualTo("moomoo: there is no model named 'nope'");
    }
}
