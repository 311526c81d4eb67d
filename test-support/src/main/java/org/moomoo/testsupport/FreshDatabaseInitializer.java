package org.moomoo.testsupport;

import org.moomoo.database.DatabaseUri;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Points a Spring test's application context at a migrated database of its own, dropped when the
 * context closes. Tests without Spring use {@link FreshDatabase}.
 */
public final class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = TestDatabases.createFresh();
        DatabaseUri database = TestDatabases.server().withDatabase(name);
        TestPropertyValues.of(database.springProperties()).applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                TestDatabases.drop(name);
            }
        });
    }
}
