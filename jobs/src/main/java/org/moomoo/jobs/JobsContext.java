package org.moomoo.jobs;

import java.util.HashMap;
import java.util.Map;
import org.moomoo.jobs.database.DatabaseUri;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application against a database, migrating it on the way, and turns a failure
 * to reach the database into one line that says what to do.
 */
public final class JobsContext {

    /** How much the moomoo loggers print. */
    public enum Verbosity {
        /** Warnings only: benchmarks print their own figures. */
        QUIET,
        /** Progress lines and summaries. */
        NORMAL,
        /** Each item, and stack traces. */
        DEBUG
    }

    /** A database that cannot be reached or migrated. */
    public static final class DatabaseUnavailable extends RuntimeException {
        DatabaseUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private JobsContext() {
    }

    /** Starts against the configured database ({@code MOOMOO_POSTGRES_URI} or the private cluster). */
    public static ConfigurableApplicationContext start(Verbosity verbosity) {
        DatabaseUri database;
        try {
            database = DatabaseUri.fromEnvironment();
        } catch (IllegalArgumentException e) {
            throw new DatabaseUnavailable(e.getMessage(), e);
        }
        return start(database, verbosity);
    }

    /** Starts against {@code database}. */
    public static ConfigurableApplicationContext start(DatabaseUri database, Verbosity verbosity) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        if (database.user() != null) {
            properties.put("spring.datasource.username", database.user());
        }
        if (database.password() != null) {
            properties.put("spring.datasource.password", database.password());
        }
        switch (verbosity) {
            case QUIET -> properties.put("logging.level.org.moomoo", "WARN");
            case DEBUG -> {
                properties.put("logging.level.org.moomoo", "DEBUG");
                properties.put("logging.level.org.springframework.boot", "INFO");
            }
            case NORMAL -> { }
        }
        SpringApplication application = new SpringApplication(JobsApplication.class);
        application.setDefaultProperties(properties);
        try {
            return application.run();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String hint = System.getenv(DatabaseUri.ENV) == null
                    ? "start the private cluster with ./moomoo db start"
                    : "check " + DatabaseUri.ENV;
            throw new DatabaseUnavailable("cannot use the database at " + database.masked() + ": "
                    + root.getMessage() + "; " + hint, e);
        }
    }
}
