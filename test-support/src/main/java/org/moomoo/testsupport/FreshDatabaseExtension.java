package org.moomoo.testsupport;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.moomoo.database.DatabaseUri;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database of the test class's own, copied from a template ({@link TestDatabases}) before the
 * first test and dropped after the last. Used through {@link FreshDatabase}, or registered on a
 * static field for another template:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FreshDatabaseExtension DATABASE = new FreshDatabaseExtension(AnalyticSchema.RECIPE);
 * }</pre>
 */
public final class FreshDatabaseExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final TemplateRecipe recipe;
    private String name;
    private DatabaseUri database;

    /** The migrated template. */
    public FreshDatabaseExtension() {
        this(TemplateRecipe.MIGRATED);
    }

    public FreshDatabaseExtension(TemplateRecipe recipe) {
        this.recipe = recipe;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        name = TestDatabases.createFresh(recipe);
        database = TestDatabases.server().withDatabase(name);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (name != null) {
            TestDatabases.drop(name);
            name = null;
            database = null;
        }
    }

    /** The class's database. */
    public DatabaseUri database() {
        if (database == null) {
            throw new IllegalStateException("the test database exists only between beforeAll and afterAll");
        }
        return database;
    }

    /** A connection-per-call DataSource on the class's database. */
    public DataSource dataSource() {
        return TestDatabases.dataSource(database());
    }

    /** A JdbcClient on the class's database. */
    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DatabaseUri.class || type == DataSource.class || type == JdbcClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == DatabaseUri.class) {
            return database();
        }
        return type == DataSource.class ? dataSource() : jdbc();
    }
}
