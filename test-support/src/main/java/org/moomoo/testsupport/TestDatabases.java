package org.moomoo.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.moomoo.database.DatabaseAdmin;
import org.moomoo.database.DatabaseUri;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh databases for tests on the real server ({@link TestServer}).
 *
 * <p>The migrations (and what a {@link TemplateRecipe} adds) are applied once to a template named
 * after their content hash; every test class then gets its own copy ({@code CREATE DATABASE ...
 * TEMPLATE}, about a tenth of a second), so no test sees another's rows and a changed migration
 * builds a new template.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final long TEMPLATE_LOCK = 0x6d6f6f6d6f6fL;
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

    private TestDatabases() {}

    /** The server tests run on. */
    public static DatabaseUri server() {
        return TestServer.get();
    }

    /** Creates a migrated database of its own and returns its name. */
    public static String createFresh() {
        return createFresh(TemplateRecipe.MIGRATED);
    }

    /** Creates a database of its own from the template {@code recipe} describes and returns its name. */
    public static String createFresh(TemplateRecipe recipe) {
        try {
            String name = "moomoo_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            DatabaseAdmin admin = new DatabaseAdmin(server());
            admin.drop(name);
            admin.create(name, template(recipe));
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot create a test database on " + server().masked() + ": "
                            + e.getMessage()
                            + "; start the private cluster with ./moomoo db start, and run the tests with"
                            + " ./moomoo test (or with MOOMOO_STATE_DIR set to the folder of its pgpassword file)",
                    e);
        }
    }

    /** A connection-per-call DataSource (no pool) on {@code database}, for fixtures and test code outside Spring. */
    public static DataSource dataSource(DatabaseUri database) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl());
        dataSource.setUsername(database.user());
        dataSource.setPassword(database.password());
        return dataSource;
    }

    /** Drops a database made by {@link #createFresh()}. */
    public static void drop(String name) {
        try {
            new DatabaseAdmin(server()).drop(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static synchronized String template(TemplateRecipe recipe) throws SQLException {
        String known = TEMPLATES.get(recipe.fingerprint());
        if (known != null) {
            return known;
        }
        String name =
                "moomoo_tpl_" + hash(migrations() + "\n" + recipe.fingerprint()).substring(0, 12);
        // Another build may be making the same template: an advisory lock makes the others wait.
        try (Connection connection = DatabaseAdmin.connect(server())) {
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_lock(" + TEMPLATE_LOCK + ")");
            }
            try {
                if (!exists(connection, name)) {
                    build(connection, name, recipe);
                }
            } finally {
                try (Statement unlock = connection.createStatement()) {
                    unlock.execute("SELECT pg_advisory_unlock(" + TEMPLATE_LOCK + ")");
                }
            }
        }
        TEMPLATES.put(recipe.fingerprint(), name);
        return name;
    }

    private static void build(Connection connection, String name, TemplateRecipe recipe) throws SQLException {
        DatabaseAdmin admin = new DatabaseAdmin(server());
        String building = name + "_new";
        admin.drop(building);
        admin.create(building, null);
        DatabaseUri database = server().withDatabase(building);
        migrate(database);
        try {
            recipe.step().build(database);
        } catch (Exception e) {
            admin.drop(building);
            throw new IllegalStateException("cannot build the test template " + name + ": " + e.getMessage(), e);
        }
        try (Statement rename = connection.createStatement()) {
            rename.execute("ALTER DATABASE " + building + " RENAME TO " + name);
        }
    }

    // The same settings as the jobs application: Flyway owns schemas raw and batch.
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

    private static String migrations() {
        try {
            Resource[] migrations =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
            Arrays.sort(migrations, Comparator.comparing(Resource::getFilename));
            StringBuilder all = new StringBuilder();
            for (Resource migration : migrations) {
                try (InputStream in = migration.getInputStream()) {
                    all.append(migration.getFilename())
                            .append('\n')
                            .append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hex MD5 of {@code text}: a short name for content, used in template fingerprints. */
    public static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
