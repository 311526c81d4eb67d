package org.moomoo.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.testsupport.FreshDatabase;
import org.moomoo.testsupport.ModelFolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The runner on PostgreSQL: one migrated database for the class, the raw tables holding three files. */
@FreshDatabase
class ModelRunnerTest {

    private static final String SOURCES = """
            sources:
              - name: local_music_files
                columns:
                  - name: filepath
                    tests: [not_null, unique]
            """;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private int builds;

    ModelRunnerTest(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void cleanSlate() {
        jdbc.sql("drop schema if exists scratch cascade").update();
        jdbc.sql("drop schema if exists scratch_meta cascade").update();
        jdbc.sql("truncate raw.local_music_files").update();
        files("a.mp3", "b.mp3", "c.mp3");
    }

    private void files(String... paths) {
        for (String path : paths) {
            jdbc.sql("insert into raw.local_music_files (filepath, json_data, file_created_at, file_modified_at)"
                            + " values (?, '{\"title\": \"t\"}', now(), now())")
                    .param(path)
                    .update();
        }
    }

    private ModelRunner runner(ModelFolder folder) {
        return new ModelRunner(
                dataSource,
                ModelProject.fromDirectory(folder.root()),
                new RunnerSettings("scratch", List.of("moomoo_test_ro")));
    }

    private List<ModelResult> buildAll(ModelRunner runner, Instant now) throws SQLException {
        BuildPlan plan = runner.plan("", "t" + (++builds), now, false);
        runner.prepare(plan, true);
        runner.testSources(plan);
        List<ModelResult> results = plan.models().stream()
                .map(model -> {
                    try {
                        return runner.build(plan, model);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        runner.publish(plan);
        return results;
    }

    private Object value(String sql) {
        return jdbc.sql(sql).query().singleValue();
    }

    @Test
    void buildsTablesViewsAndInlinesEphemeralModels() throws SQLException {
        ModelFolder folder = new ModelFolder()
                .file("sources.yml", SOURCES)
                .file(
                        "paths.sql",
                        "{{ config(materialized='ephemeral') }}\n"
                                + "select filepath from {{ source('local_music_files') }}")
                .file("files.sql", "{{ config(materialized='table') }}\nselect filepath from {{ ref('paths') }} as p")
                .file("analytic/file_count.sql", "select count(*) as n from {{ ref('files') }}");

        List<ModelResult> results = buildAll(runner(folder), null);

        assertThat(results)
                .extracting(ModelResult::model, ModelResult::materialization, ModelResult::rows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("paths", Materialization.EPHEMERAL, -1L),
                        org.assertj.core.groups.Tuple.tuple("files", Materialization.TABLE, 3L),
                        org.assertj.core.groups.Tuple.tuple("file_count", Materialization.VIEW, -1L));
        assertThat(value("select n from scratch.file_count")).isEqualTo(3L);
        assertThat(value("select string_agg(table_name || ':' || table_type, ',' order by table_name)"
                        + " from information_schema.tables where table_schema = 'scratch'"))
                .isEqualTo("file_count:VIEW,files:BASE TABLE");
        assertThat(value("select count(*) from information_schema.schemata where schema_name = 'scratch__build_t"
                        + builds + "'"))
                .isEqualTo(0L);
    }

    @Test
    void jsonGetTrimsSpacesTurnsEmptyIntoNullAndKeepsNestedJsonAsText() throws SQLException {
        ModelFolder folder = new ModelFolder().file("j.sql", """
                with docs as (select '{"a": {"s": "  x y  ", "e": "   ", "n": null, "o": {"k": 1}, "num": 241.5,
                                            "t": "\\tx"}}'::jsonb as d)
                select {{ json_get('d', ['a', 's']) }} as s, {{ json_get('d', ['a', 'e']) }} as e,
                  {{ json_get('d', ['a', 'n']) }} as n, {{ json_get('d', ['a', 'o']) }} as o,
                  {{ json_get('d', ['a', 'num']) }} as num, {{ json_get('d', ['a', 't']) }} as t,
                  {{ json_get('d', ['a', 'missing', 'deeper']) }} as missing,
                  {{ json_get('d', ['a', 's', 'deeper']) }} as not_an_object,
                  {{ json_get('d', ['a', 'n'], as_json=true) }} as json_null,
                  {{ json_get('d', ['a', 'missing'], as_json=true) }} as json_missing
                from docs""");

        buildAll(runner(folder), null);

        Map<String, Object> row = jdbc.sql("select s, e, n, o, num, t, missing, not_an_object, json_null::text as jn,"
                        + " json_missing is null as jm from scratch.j")
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("s", "x y")
                .containsEntry("e", null)
                .containsEntry("n", null)
                .containsEntry("o", "{\"k\": 1}")
                .containsEntry("num", "241.5")
                .containsEntry("t", "\tx")
                .containsEntry("missing", null)
                .containsEntry("not_an_object", null)
                .containsEntry("jn", "null")
                .containsEntry("jm", true);
    }

    @Test
    void tryCastsTurnMalformedValuesIntoNullAndCountThem() throws SQLException {
        ModelFolder folder = new ModelFolder().file("casts.sql", """
                select v, {{ try_int('v') }} as i, {{ try_double('v') }} as d, {{ try_bool('v') }} as b
                from (values ('12'), ('3/12'), (' 7 '), ('99999999999'), (null), ('1e3'), ('true')) as t (v)""");

        ModelResult result = buildAll(runner(folder), null).get(0);

        Map<String, Object> twelve = jdbc.sql("select i, d, b from scratch.casts where v = '12'")
                .query()
                .singleRow();
        assertThat(twelve).containsEntry("i", 12).containsEntry("d", 12.0).containsEntry("b", null);
        assertThat(value("select i from scratch.casts where v = ' 7 '")).isEqualTo(7);
        assertThat(value("select count(*) from scratch.casts where i is null")).isEqualTo(5L);
        assertThat(value("select d from scratch.casts where v = '1e3'")).isEqualTo(1000.0);
        assertThat(value("select b from scratch.casts where v = 'true'")).isEqualTo(true);
        // try_int: 3/12, 99999999999, 1e3, true; try_double: 3/12, true; try_bool: all but null and true
        assertThat(result.malformed()).isEqualTo(4 + 2 + 5);
    }

    @Test
    void countByCountsTheRowsOfEachValueForTheSummary() throws SQLException {
        ModelFolder folder = new ModelFolder().file("rules.sql", """
                {{ config(materialized='table', count_by='rule') }}
                select * from (values ('tag'), ('listen_name'), ('tag'), (null)) as t (rule)""");

        ModelResult result = buildAll(runner(folder), null).get(0);

        assertThat(result.countBy()).isEqualTo("rule");
        assertThat(result.counts()).containsExactly(entry("listen_name", 1L), entry("null", 1L), entry("tag", 2L));
    }

    @Test
    void tryUuidLowerCasesAndDropsWhatIsNotAUuid() throws SQLException {
        UUID id = UUID.randomUUID();
        ModelFolder folder = new ModelFolder()
                .file(
                        "ids.sql",
                        "select v, {{ try_uuid('v') }} as id from (values ('"
                                + id.toString().toUpperCase() + "'), ('" + id + "'), ('not-a-uuid'), ('{" + id
                                + "}')) as t (v)");

        ModelResult result = buildAll(runner(folder), null).get(0);

        assertThat(jdbc.sql("select id from scratch.ids where id is not null")
                        .query(UUID.class)
                        .list())
                .containsExactly(id, id);
        assertThat(result.malformed()).isEqualTo(2);
    }

    @Test
    void extractYearReadsTheFirstFourCharacters() throws SQLException {
        ModelFolder folder = new ModelFolder()
                .file(
                        "years.sql",
                        "select v, {{ extract_year('v') }} as y from (values"
                                + " ('2022-02-18'), ('1999'), ('12'), ('199x'), (''), ('c. 1990'), ('1.23'), (null)) as t (v)");

        ModelResult result = buildAll(runner(folder), null).get(0);

        Map<String, Integer> years = new HashMap<>();
        jdbc.sql("select v, y from scratch.years")
                .query((rs, n) -> years.put(rs.getString(1), (Integer) rs.getObject(2)))
                .list();
        assertThat(years)
                .containsEntry("2022-02-18", 2022)
                .containsEntry("1999", 1999)
                .containsEntry("12", 12)
                .containsEntry("199x", null)
                .containsEntry("", null)
                .containsEntry("c. 1990", null)
                .containsEntry("1.23", null);
        assertThat(result.malformed()).isEqualTo(1);
    }

    @Test
    void md5keyJoinsTextFormsWithDashesAndNamesNulls() throws SQLException {
        ModelFolder folder = new ModelFolder()
                .file(
                        "keys.sql",
                        "select {{ md5key(\"'alice'\", \"date '2024-01-02'\") }}"
                                + " as k, {{ md5key(\"'alice'\", 'null') }} as with_null");

        buildAll(runner(folder), null);

        assertThat(value("select k = md5('alice-2024-01-02') from scratch.keys"))
                .isEqualTo(true);
        assertThat(value("select with_null = md5('alice-_dbt_utils_surrogate_key_null_') from scratch.keys"))
                .isEqualTo(true);
    }

    @Test
    void aFixedNowIsTheClockOfEveryModel() throws SQLException {
        ModelFolder folder = new ModelFolder().file("clock.sql", "select {{ now() }} as now");

        buildAll(runner(folder), Instant.parse("2026-06-01T12:00:00Z"));

        assertThat(value("select now::text from scratch.clock")).isEqualTo("2026-06-01 12:00:00+00");
    }

    @Test
    void declaredIndexesAreCreated() throws SQLException {
        ModelFolder folder = new ModelFolder()
                .file("sources.yml", SOURCES)
                .file(
                        "files.sql",
                        "{{ config(indexes=[{'columns': ['filepath'], 'unique': true}, {'columns': ['n', 'filepath']}]) }}\n"
                                + "select filepath, 1 as n from {{ source('local_music_files') }}");

        buildAll(runner(folder), null);

        assertThat(jdbc.sql("select indexdef from pg_indexes where schemaname = 'scratch' order by indexname")
                        .query(String.class)
                        .list())
                .anySatisfy(def -> assertThat(def).contains("UNIQUE INDEX").contains("(filepath)"))
                .anySatisfy(def -> assertThat(def).contains("(n, filepath)"));
    }

    @Test
    void aUniqueIndexOverDuplicatesFailsTheModelNamingItsFile() throws SQLException {
        ModelFolder folder = new ModelFolder()
                .file(
                        "dupes.sql",
                        "{{ config(indexes=[{'columns': ['k'], 'unique': true}]) }}\nselect 1 as k union all select 1");
        ModelRunner runner = runner(folder);
        BuildPlan plan = runner.plan("", "dupes", null, false);
        runner.prepare(plan, true);

        assertThatThrownBy(() -> runner.build(plan, "dupes"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("models/dupes.sql")
                .hasMessageContaining("could not create unique index");
    }

    @Test
    void everyTestKindFindsItsViolations() throws SQLException {
        ModelFolder folder = new ModelFolder()
                .file("parents.sql", "select 1 as id union all select 2")
                .file("rows.sql", """
                        select * from (values
                          (1, 'a', 1, 'x'), (1, 'b', 3, 'x'), (null, 'zzz', 1, 'x'), (9, 'a', 1, 'y')) as t (id, kind, parent, grp)""")
                .file("rows.yml", """
                        models:
                          - name: rows
                            columns:
                              - name: id
                                tests:
                                  - not_null: {severity: warn}
                                  - unique: {severity: warn}
                                  - not_null_proportion: {at_least: 0.9, severity: warn}
                              - name: kind
                                tests:
                                  - accepted_values: {values: [a, b], severity: warn}
                              - name: parent
                                tests:
                                  - relationships: {to: parents, field: id, severity: warn}
                              - name: grp
                            tests:
                              - unique_combination_of_columns: {columns: [id, grp], severity: warn}
                              - expression_is_true: {expression: "parent < 3", severity: warn}
                              - groupby_having: {group_by: grp, having: "count(*) <= 2", severity: warn}
                        """);

        ModelResult rows = buildAll(runner(folder), null).stream()
                .filter(r -> r.model().equals("rows"))
                .findFirst()
                .orElseThrow();

        assertThat(rows.tests())
                .extracting(TestResult::test, TestResult::failingRows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("not_null(rows.id)", 1L),
                        org.assertj.core.groups.Tuple.tuple("unique(rows.id)", 1L),
                        org.assertj.core.groups.Tuple.tuple("not_null_proportion(rows.id)", 1L),
                        org.assertj.core.groups.Tuple.tuple("accepted_values(rows.kind)", 1L),
                        org.assertj.core.groups.Tuple.tuple("relationships(rows.parent -> parents.id)", 1L),
                        org.assertj.core.groups.Tuple.tuple("unique_combination_of_columns(rows, id+grp)", 1L),
                        org.assertj.core.groups.Tuple.tuple("expression_is_true(rows, parent < 3)", 1L),
                        org.assertj.core.groups.Tuple.tuple("groupby_having(rows, grp having count(*) <= 2)", 1L));
        assertThat(rows.failures().get(0).sample()).singleElement().asString().contains("id=null");
    }

    /** A model {@code rows} of one column {@code id} holding {@code values}, with {@code tests} (YAML list items) on it. */
    private static ModelFolder idsWithTests(String values, String tests) {
        return new ModelFolder()
                .file("rows.sql", "select * from (values " + values + ") as t (id)")
                .file(
                        "rows.yml",
                        "models:\n  - name: rows\n    columns:\n      - name: id\n        tests:\n" + tests.indent(10));
    }

    @Test
    void aTestsMessageSaysWhatItsFailureMeansWithTheFailingRowsValues() throws SQLException {
        // given
        ModelFolder folder = idsWithTests("(1), (null), (null)", """
                - not_null_proportion: {at_least: 0.9, severity: warn, message: "only {{ (share * 100) | round | int }} % have an id"}
                - not_null: {severity: warn}
                """);

        // when
        ModelResult rows = buildAll(runner(folder), null).get(0);

        // then
        assertThat(rows.failures())
                .extracting(TestResult::summary)
                .containsExactly("only 33 % have an id", "not_null(rows.id) returned 2 row(s), e.g. id=null | id=null");
    }

    @Test
    void aMessageNamingAColumnTheFailingRowsLackIsAnErrorNamingItsFile() {
        ModelFolder folder = idsWithTests("(1), (null)", """
                - not_null_proportion: {at_least: 0.9, severity: warn, message: "only {{ ratio }} have an id"}
                """);

        assertThatThrownBy(() -> buildAll(runner(folder), null))
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("rows.yml: the message of not_null_proportion(rows.id)")
                .hasMessageContaining("ratio");
    }

    @Test
    void aFailingTestStopsTheBuildAndLeavesThePublishedModelsAsTheyWere() throws SQLException {
        ModelFolder folder = new ModelFolder()
                .file("sources.yml", SOURCES)
                .file(
                        "files.sql",
                        "select filepath, json_data ->> 'title' as title from {{ source('local_music_files') }}")
                .file(
                        "files.yml",
                        "models:\n  - name: files\n    columns:\n      - name: title\n        tests: [not_null]\n");
        buildAll(runner(folder), null);
        jdbc.sql("insert into raw.local_music_files (filepath, json_data, file_created_at, file_modified_at)"
                        + " values ('untitled.mp3', '{}', now(), now())")
                .update();

        assertThatThrownBy(() -> buildAll(runner(folder), null))
                .isInstanceOf(DataTestFailure.class)
                .hasMessageContaining("not_null(files.title) returned 1 row(s)")
                .hasMessageContaining("filepath=untitled.mp3");
        assertThat(value("select count(*) from scratch.files")).isEqualTo(3L);
    }

    @Test
    void aFailingSourceTestStopsTheBuildBeforeAnyModel() {
        ModelFolder folder = new ModelFolder()
                .file("sources.yml", """
                sources:
                  - name: local_music_files
                    columns:
                      - name: recording_md5
                        tests: [not_null]
                """)
                .file("files.sql", "select filepath from {{ source('local_music_files') }}");
        ModelRunner runner = runner(folder);
        BuildPlan plan = runner.plan("", "sources", null, false);

        assertThatThrownBy(() -> {
                    runner.prepare(plan, true);
                    runner.testSources(plan);
                })
                .isInstanceOf(DataTestFailure.class)
                .hasMessageContaining("not_null(local_music_files.recording_md5)");
    }

    @Test
    void aCustomSqlTestRunsAfterTheLastModelItReads() throws SQLException {
        ModelFolder folder = new ModelFolder()
                .file("sources.yml", SOURCES)
                .file("files.sql", "select filepath from {{ source('local_music_files') }}")
                .file("tests/no_mp3.sql", "select * from {{ ref('files') }} where filepath like '%.mp3'");
        ModelRunner runner = runner(folder);

        assertThatThrownBy(() -> buildAll(runner, null))
                .isInstanceOf(DataTestFailure.class)
                .hasMessageContaining("no_mp3 returned 3 row(s)");
    }

    @Test
    void aColumnDescribedInYamlButMissingFromTheModelIsAnError() {
        ModelFolder folder = new ModelFolder()
                .file("a.sql", "select 1 as id")
                .file("a.yml", "models:\n  - name: a\n    columns:\n      - name: idd\n");

        assertThatThrownBy(() -> buildAll(runner(folder), null))
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("a.idd")
                .hasMessageContaining("it has: id");
    }

    @Test
    void descriptionsBecomeCommentsAndExistingRolesGetSelect() throws SQLException {
        jdbc.sql("do $$ begin if not exists (select 1 from pg_roles where rolname = 'moomoo_test_ro') then"
                        + " create role moomoo_test_ro; end if; end $$")
                .update();
        ModelFolder folder = new ModelFolder()
                .file("a.sql", "select 1 as id")
                .file(
                        "a.yml",
                        "models:\n  - name: a\n    description: One row.\n    columns:\n      - name: id\n"
                                + "        description: The key.\n");

        buildAll(runner(folder), null);

        assertThat(value("select obj_description('scratch.a'::regclass)")).isEqualTo("One row.");
        assertThat(value("select col_description('scratch.a'::regclass, 1)")).isEqualTo("The key.");
        assertThat(value("select has_table_privilege('moomoo_test_ro', 'scratch.a', 'select')"))
                .isEqualTo(true);
    }

    @Test
    void aMissingRoleIsSkipped() throws SQLException {
        ModelFolder folder = new ModelFolder().file("a.sql", "select 1 as id");
        ModelRunner runner = new ModelRunner(
                dataSource,
                ModelProject.fromDirectory(folder.root()),
                new RunnerSettings("scratch", List.of("no_such_role_here")));

        buildAll(runner, null);

        assertThat(value("select count(*) from scratch.a")).isEqualTo(1L);
    }

    @Test
    void anIncrementalModelReplacesRowsByKeyAndKeepsTheOthers() throws SQLException {
        ModelFolder folder = new ModelFolder().file("sources.yml", SOURCES).file("latest.sql", """
                {{ config(materialized='incremental', unique_key='filepath') }}
                select filepath, json_data ->> 'title' as title, insert_ts_utc
                from {{ source('local_music_files') }}
                {% if is_incremental() %}
                where insert_ts_utc > (select max(insert_ts_utc) from {{ this }})
                {% endif %}""");
        buildAll(runner(folder), null);
        jdbc.sql("delete from raw.local_music_files where filepath = 'a.mp3'").update();
        jdbc.sql("update raw.local_music_files set json_data = '{\"title\": \"new\"}', insert_ts_utc = now()"
                        + " + interval '1 minute' where filepath = 'b.mp3'")
                .update();

        ModelResult second = buildAll(runner(folder), null).get(0);

        assertThat(second.rows()).isEqualTo(1);
        assertThat(jdbc.sql("select filepath || '=' || title from scratch.latest order by filepath")
                        .query(String.class)
                        .list())
                .containsExactly("a.mp3=t", "b.mp3=new", "c.mp3=t");
    }

    @Test
    void aSelectionAlsoRebuildsTheViewsThatReadIt() throws SQLException {
        ModelFolder folder = new ModelFolder()
                .file("base.sql", "select 1 as id")
                .file("other.sql", "select 2 as id")
                .file("analytic/on_base.sql", "select * from {{ ref('base') }}");
        ModelRunner runner = runner(folder);
        buildAll(runner, null);

        BuildPlan plan = runner.plan("base", "selection", null, false);

        assertThat(plan.models()).containsExactly("base", "on_base");
    }
}
