package org.moomoo.testsupport;

import org.moomoo.database.DatabaseUri;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Points a Spring test's application context at a database of its own, copied from the template a
 * {@link TemplateRecipe} describes and dropped when the context closes. Spring makes initializers
 * from their class, so each template gets a small subclass with a no-argument constructor, as
 * {@link FreshDatabaseInitializer} is for the migrated one:
 *
 * <pre>{@code
 * public final class AnalyticDatabaseInitializer extends TemplateDatabaseInitializer {
 *     public AnalyticDatabaseInitializer() {
 *         super(AnalyticSchema.RECIPE);
 *     }
 * }
 * }</pre>
 */
public abstract class TemplateDatabaseInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final TemplateRecipe recipe;

    protected TemplateDatabaseInitializer(TemplateRecipe recipe) {
        this.recipe = recipe;
    }

    /** Creates the database, registers it as the bean {@code testDatabase} for fixtures, points the DataSource at it. */
    @Override
    public final void initialize(ConfigurableApplicationContext context) {
        String name = TestDatabases.createFresh(recipe);
        DatabaseUri database = TestDatabases.server().withDatabase(name);
        context.getBeanFactory().registerSingleton("testDatabase", database);
        TestPropertyValues.of(served(database, context).springProperties()).applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                TestDatabases.drop(name);
            }
        });
    }

    /** The database as the application reaches it: the test database itself, unless a subclass puts something between. */
    protected DatabaseUri served(DatabaseUri database, ConfigurableApplicationContext context) {
        return database;
    }
}
