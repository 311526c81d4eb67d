package org.moomoo.models.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs generated statements on a connection, and says where a failed one came from. */
public final class Statements {

    private Statements() {}

    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a statement that writes rows, and returns how many. */
    public static long executeCount(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }

    /**
     * The failure with {@code where} in front of its message. The failure reports show the deepest
     * cause's message, so the located one carries the original as suppressed, not as its cause.
     */
    public static SQLException located(String where, SQLException e) {
        SQLException located = new SQLException(where + e.getMessage(), e.getSQLState());
        located.addSuppressed(e);
        return located;
    }
}
