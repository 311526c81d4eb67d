package org.moomoo.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTemplatesTest {

    @Test
    void configDeclaresMaterializationAndIndexes() {
        ModelProject project = new Projects().model("a", """
                {{ config(materialized='incremental', unique_key='id',
                          indexes=[{'columns': ['id'], 'unique': true}, {'columns': ['a', 'b']}]) }}
                select 1 as id""").build();

        ModelConfig config = project.model("a").config();
        assertThat(config.materialization()).isEqualTo(Materialization.INCREMENTAL);
        assertThat(config.uniqueKey()).isEqualTo("id");
        assertThat(config.indexes())
                .containsExactly(new IndexSpec(List.of("id"), true), new IndexSpec(List.of("a", "b"), false));
    }

    @Test
    void modelsDefaultToTablesAndToViewsUnderAnalytic() {
        ModelProject project = new Projects()
                .model("a", "select 1")
                .model("analytic", "b", "select 1")
                .build();

        assertThat(project.model("a").config().materialization()).isEqualTo(Materialization.TABLE);
        assertThat(project.model("b").config().materialization()).isEqualTo(Materialization.VIEW);
    }

    @Test
    void anUnknownMaterializationIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> new Projects()
                        .model("a", "{{ config(materialized='matview') }} select 1")
                        .build())
                .hasMessageContaining("models/a.sql")
                .hasMessageContaining("matview");
    }

    @Test
    void anUnknownConfigKeyIsRefused() {
        assertThatThrownBy(() -> new Projects()
                        .model("a", "{{ config(materialised='view') }} select 1")
                        .build())
                .hasMessageContaining("materialised");
    }

    @Test
    void anUnknownFunctionIsATemplateErrorNamingTheFile() {
        assertThatThrownBy(() -> new Projects()
                        .model("a", "select {{ jsn_get('x', ['a']) }}")
                        .build())
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("models/a.sql");
    }

    @Test
    void yamlDescribingAModelWithoutAFileIsRefused() {
        Projects project = new Projects().model("a", "select 1").yaml("models/a.yml", "models:\n  - name: b\n");

        assertThatThrownBy(project::build).hasMessageContaining("'b' that has no .sql file");
    }

    @Test
    void yamlTestsAreReadWithTheirArgumentsAndSeverity() {
        ModelProject project = new Projects()
                .model("a", "select 1 as id, 'x' as kind")
                .yaml("models/a.yml", """
                models:
                  - name: a
                    description: A test model.
                    columns:
                      - name: id
                        description: The key.
                        tests: [not_null, unique]
                      - name: kind
                        tests:
                          - accepted_values: {values: [x, y], severity: warn}
                    tests:
                      - unique_combination_of_columns: {columns: [id, kind]}
                """)
                .build();

        assertThat(project.tests("a"))
                .extracting(DataTest::describe)
                .containsExactly(
                        "not_null(a.id)",
                        "unique(a.id)",
                        "accepted_values(a.kind)",
                        "unique_combination_of_columns(a, id+kind)");
        assertThat(project.tests("a").get(2).severity()).isEqualTo(Severity.WARN);
        assertThat(project.doc("a").columns()).containsEntry("id", "The key.");
    }

    @Test
    void anUnknownTestKindIsRefusedNamingTheYamlFile() {
        Projects project = new Projects().model("a", "select 1 as id").yaml("models/a.yml", """
                models:
                  - name: a
                    columns:
                      - name: id
                        tests: [not_nul]
                """);

        assertThatThrownBy(project::build).hasMessageContaining("models/a.yml").hasMessageContaining("not_nul");
    }

    @Test
    void aCustomTestReferringToAnUnknownModelIsRefused() {
        Projects project = new Projects().model("a", "select 1").test("no_orphans", "select * from {{ ref('b') }}");

        assertThatThrownBy(project::build).hasMessageContaining("tests/no_orphans.sql");
    }

    @Test
    void macrosOfTheMacroFilesServeEveryModelAndSeeTheBuildsClock() {
        ModelProject project = new Projects()
                .macros("macros/scores.sql", """
                        {# a comment is allowed #}
                        {% macro since(column, days) -%}
                        {{ column }} >= {{ now() }} - interval '{{ days }} days'
                        {%- endmacro %}
                        """)
                .model("recent", "select * from t where {{ since('t.at', 14) }}")
                .build();

        String sql = new ModelRunner(null, project, new RunnerSettings("analytics", List.of()))
                .compile("recent", java.time.Instant.parse("2026-06-01T12:00:00Z"));

        assertThat(sql)
                .isEqualTo("select * from t where t.at >= '2026-06-01T12:00:00Z'::timestamptz - interval '14 days'");
    }

    @Test
    void aMacroFileWithTextOutsideItsMacrosIsRefused() {
        Projects project = new Projects()
                .macros("macros/stray.sql", "select 1\n{% macro a() %}x{% endmacro %}")
                .model("a", "select 1");

        assertThatThrownBy(project::build)
                .hasMessageContaining("macros/stray.sql")
                .hasMessageContaining("only {% macro %} blocks");
    }

    @Test
    void aBrokenMacroFileIsRefusedNamingIt() {
        Projects project =
                new Projects().macros("macros/broken.sql", "{% macro a() %}x").model("a", "select 1");

        assertThatThrownBy(project::build)
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("macros/broken.sql");
    }
}
