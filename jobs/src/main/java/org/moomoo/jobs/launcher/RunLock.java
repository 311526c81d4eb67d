package org.moomoo.jobs.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.moomoo.jobs.worklist.Md5Key;

/**
 * A PostgreSQL advisory lock held while one job runs with one set of parameters.
 *
 * <p>The lock lives as long as its connection, so a process killed with {@code kill -9} releases it
 * at once. That tells a live run (lock taken) from one left STARTED by a dead process (lock free),
 * on any machine that shares the database.
 */
final class RunLock implements AutoCloseable {

    private final Connection connection;
    private final long key;

    private RunLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /** The lock, or null when another process holds it. */
    static RunLock tryAcquire(DataSource dataSource, String jobName, String parameters) throws SQLException {
        long key = key(jobName, parameters);
        Connection connection = dataSource.getConnection();
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return new RunLock(connection, key);
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    private static long key(String jobName, String parameters) {
        return Long.parseUnsignedLong(
                Md5Key.of("moomoo-job", jobName, parameters).substring(0, 15), 16);
    }

    @Override
    public void close() throws SQLException {
        // A pooled connection outlives close(), so the lock is released explicitly.
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            statement.execute();
        } finally {
            connection.close();
        }
    }
}
