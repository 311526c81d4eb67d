package org.moomoo.jobs.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.moomoo.database.DatabaseAdmin;
import org.moomoo.database.DatabaseUri;

/**
 * The private cluster admits only its owner: every connection, over TCP or the Unix socket,
 * needs the password that only the owner can read (DESIGN 9, beyond the original, 4).
 */
@DisabledIfEnvironmentVariable(
        named = DatabaseUri.ENV,
        matches = ".+",
        disabledReason = "MOOMOO_POSTGRES_URI points at another server, not the private cluster")
class PrivateClusterAccessTest {

    private final DatabaseUri cluster = DatabaseUri.fromEnvironment();

    @Test
    void ownerConnectsWithThePasswordFile() throws SQLException {
        try (Connection connection = DatabaseAdmin.connect(cluster);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_user")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("postgres");
        }
    }

    @Test
    void connectionWithoutPasswordIsRefused() {
        assertThatThrownBy(() -> connectAs("postgres", null))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no password was provided");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> connectAs("postgres", "guessed"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed for user \"postgres\"");
    }

    @Test
    void passwordFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = passwordFile();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void anotherOperatingSystemUserIsRefusedOverTcpAndTheSocket() throws Exception {
        assumeThat(System.getProperty("user.name"))
                .as("only root can run a command as another user")
                .isEqualTo("root");
        String port = cluster.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1");

        OsCommand cat = OsCommand.asUser("nobody", "cat", passwordFile().toString());
        OsCommand tcp = OsCommand.asUser(
                "nobody",
                "psql",
                "-w",
                "-h",
                "127.0.0.1",
                "-p",
                port,
                "-U",
                "postgres",
                "-d",
                "moomoo",
                "-c",
                "SELECT 1");
        OsCommand socket = OsCommand.asUser(
                "nobody",
                "psql",
                "-w",
                "-h",
                socketDirectory(),
                "-p",
                port,
                "-U",
                "postgres",
                "-d",
                "moomoo",
                "-c",
                "SELECT 1");

        assertThat(cat.exitCode()).isNotZero();
        assertThat(cat.output()).contains("Permission denied");
        assertThat(tcp.exitCode()).isNotZero();
        assertThat(tcp.output()).contains("no password supplied");
        assertThat(socket.exitCode()).isNotZero();
        assertThat(socket.output()).contains("no password supplied");
    }

    private Connection connectAs(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(cluster.jdbcUrl(), properties);
    }

    private static Path passwordFile() {
        return DatabaseUri.passwordFile(System.getenv());
    }

    private String socketDirectory() throws SQLException {
        try (Connection connection = DatabaseAdmin.connect(cluster);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW unix_socket_directories")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
