package org.moomoo.models.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Opens connections whose session time zone is UTC, so that every model sees the same clock. */
public final class UtcConnections {

    private final DataSource dataSource;

    public UtcConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Connection open() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set time zone 'UTC'");
        }
        return connection;
    }
}
