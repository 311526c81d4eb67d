package org.moomoo.api;

import org.moomoo.database.DatabaseUri;
import org.moomoo.models.testing.AnalyticSchema;
import org.moomoo.testsupport.TestDatabases;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Points a Spring test's context at a database of its own copied from the template with the
 * published models' tables ({@link AnalyticSchema#RECIPE}), dropped when the context closes. The
 * database is a bean ({@code DatabaseUri}) for fixtures that write to it directly.
 *
 * <p>Until test-support gives Spring tests a recipe template, this lives here.
 */
public class AnalyticDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = TestDatabases.createFresh(AnalyticSchema.RECIPE);
        DatabaseUri database = TestDatabases.server().withDatabase(name);
        context.getBeanFactory().registerSingleton("testDatabase", database);
        TestPropertyValues.of(served(database, context).springProperties()).applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                TestDatabases.drop(name);
            }
        });
    }

    /** The database as the application reaches it: the test database itself. */
    protected DatabaseUri served(DatabaseUri database, ConfigurableApplicationContext context) {
        return database;
    }
}
