package org.moomoo.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Creates and drops whole databases on the server of a {@link DatabaseUri}: scratch databases for
 * benchmarks and one fresh database per test class.
 */
public final class DatabaseAdmin {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DatabaseUri server;

    /** @param server any database on the server; the commands run from a connection to it */
    public DatabaseAdmin(DatabaseUri server) {
        this.server = server;
    }

    /** Opens a plain connection (no pool) to {@code uri}. */
    public static Connection connect(DatabaseUri uri) throws SQLException {
        Properties properties = new Properties();
        if (uri.user() != null) {
            properties.setProperty("user", uri.user());
        }
        if (uri.password() != null) {
            properties.setProperty("password", uri.password());
        }
        return DriverManager.getConnection(uri.jdbcUrl(), properties);
    }

    /** Creates {@code name} as a copy of {@code template}, or empty when the template is null. */
    public void create(String name, String template) throws SQLException {
        execute("CREATE DATABASE " + checked(name) + (template == null ? "" : " TEMPLATE " + checked(template)));
    }

    /** Drops {@code name} if it exists, closing its other sessions first. */
    public void drop(String name) throws SQLException {
        execute("DROP DATABASE IF EXISTS " + checked(name) + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    // Database names cannot be bound as parameters, so they are restricted to a safe alphabet instead.
    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not a valid database name (lower-case letters, digits, _)");
        }
        return name;
    }
}
