package org.moomoo.models.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.models.ModelProject;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

class AnalyticSchemaTest {

    @RegisterExtension
    static final FreshDatabaseExtension DATABASE = new FreshDatabaseExtension(AnalyticSchema.RECIPE);

    @Test
    void theTemplateHoldsEveryPublishedModel(JdbcClient jdbc) {
        List<String> relations = jdbc.sql("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'analytics' AND c.relkind IN ('r', 'v', 'm', 'p') ORDER BY 1
                """).query(String.class).list();

        List<String> published = ModelProject.fromClasspath().models().values().stream()
                .filter(model -> model.config().materialization() != org.moomoo.models.Materialization.EPHEMERAL)
                .map(model -> model.name())
                .sorted()
                .toList();
        assertThat(relations).isEqualTo(published);
    }
}
