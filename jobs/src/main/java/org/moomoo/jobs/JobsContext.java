package org.moomoo.jobs;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.moomoo.database.DatabaseUri;
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

    private JobsContext() {}

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
        // Given as command-line properties: they win over application.properties.
        List<String> properties = new ArrayList<>();
        database.springProperties().forEach(property -> properties.add("--" + property));
        // A command uses few of the beans (jobs run builds one job's): build only those.
        properties.add("--spring.main.lazy-initialization=true");
        switch (verbosity) {
            case QUIET -> properties.add("--logging.level.org.moomoo=WARN");
            case DEBUG -> {
                properties.add("--logging.level.org.moomoo=DEBUG");
                properties.add("--logging.level.org.springframework.boot=INFO");
                properties.add("--logging.level.org.springframework.boot.SpringApplication=DEBUG");
                properties.add("--logging.level.com.zaxxer.hikari=INFO");
                properties.add("--logging.level.org.springframework.batch=INFO");
            }
            case NORMAL -> {}
        }
        try {
            return new SpringApplication(JobsApplication.class).run(properties.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw unavailable(database, e);
        }
    }

    /** {@code failure} to reach {@code database}, as one line that says what to do. */
    public static DatabaseUnavailable unavailable(DatabaseUri database, Throwable failure) {
        return new DatabaseUnavailable(
                unavailableMessage(database, DatabaseUri.usesPrivateCluster(System.getenv()), failure), failure);
    }

    /**
     * The message for {@code failure}: a private cluster that refuses connections is simply not
     * running, which is all its user needs to hear; any other failure shows the driver's words, which
     * say best what is wrong (no such database, bad password), and the URI it happened on, masked.
     */
    static String unavailableMessage(DatabaseUri database, boolean privateCluster, Throwable failure) {
        Throwable root = failure;
        boolean refused = false;
        while (root.getCause() != null && !(root instanceof SQLException)) {
            root = root.getCause();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            refused |= cause instanceof ConnectException;
        }
        if (privateCluster && refused) {
            return "the private PostgreSQL cluster is not running: start it with ./moomoo db start"
                    + " (nothing answers at " + database.masked() + ")";
        }
        String hint = privateCluster ? "start the private cluster with ./moomoo db start" : "check " + DatabaseUri.ENV;
        return "cannot use the database at " + database.masked() + ": " + root.getMessage() + "; " + hint;
    }
}
