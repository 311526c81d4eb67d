package org.moomoo.jobs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.moomoo.jobs.database.DatabaseAdmin;
import org.moomoo.jobs.database.DatabaseUri;
import org.moomoo.jobs.keys.Md5Key;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Fresh databases for tests on the real server (the private cluster, or MOOMOO_POSTGRES_URI).
 *
 * <p>The migrations are applied once to a template named after their content hash; every test
 * class then gets its own copy ({@code CREATE DATABASE ... TEMPLATE}, about a tenth of a second),
 * so no test sees another's rows and a changed migration builds a new template.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final long TEMPLATE_LOCK = 0x6d6f6f6d6f6fL;
    private static volatile String template;

    private TestDatabases() {
    }

    /** The server tests run on. */
    public static DatabaseUri server() {
        return DatabaseUri.fromEnvironment();
    }

    /** Creates a migrated database of its own and returns its name. */
    public static String createFresh() {
        try {
            String name = "moomoo_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            DatabaseAdmin admin = new DatabaseAdmin(server());
            admin.drop(name);
            admin.create(name, template());
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server().masked() + ": "
                    + e.getMessage() + "; start the private cluster with ./moomoo db start, and run the tests with"
                    + " ./moomoo test (or with MOOMOO_STATE_DIR set to the folder of its pgpassword file)", e);
        }
    }

    /** Drops a database made by {@link #createFresh()}. */
    public static void drop(String name) {
        try {
            new DatabaseAdmin(server()).drop(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static synchronized String template() throws SQLException {
        if (template != null) {
            return template;
        }
        String name = "moomoo_tpl_" + migrationsHash();
        // Another build may be making the same template: an advisory lock makes the others wait.
        try (Connection connection = DatabaseAdmin.connect(server())) {
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_lock(" + TEMPLATE_LOCK + ")");
            }
            try {
                if (!exists(connection, name)) {
                    DatabaseAdmin admin = new DatabaseAdmin(server());
                    String building = name + "_new";
                    admin.drop(building);
                    admin.create(building, null);
                    migrate(server().withDatabase(building));
                    try (Statement rename = connection.createStatement()) {
                        rename.execute("ALTER DATABASE " + building + " RENAME TO " + name);
                    }
                }
            } finally {
                try (Statement unlock = connection.createStatement()) {
                    unlock.execute("SELECT pg_advisory_unlock(" + TEMPLATE_LOCK + ")");
                }
            }
        }
        template = name;
        return name;
    }

    // The same settings as application.properties: Flyway owns schemas raw and batch.
    private static void migrate(DatabaseUri database) {
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), database.password())
                .schemas("raw", "batch")
                .createSchemas(true)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String migrationsHash() {
        try {
            Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
            Arrays.sort(migrations, Comparator.comparing(Resource::getFilename));
            StringBuilder all = new StringBuilder();
            for (Resource migration : migrations) {
                try (InputStream in = migration.getInputStream()) {
                    all.append(migration.getFilename()).append('\n')
                            .append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return Md5Key.hex(all.toString()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
