package org.moomoo.jobs.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.moomoo.database.DatabaseAdmin;
import org.moomoo.database.DatabaseUri;

/**
 * {@code ./moomoo db start} on a private cluster of its own (a temporary state directory and a
 * free port): a new cluster needs its password from the first start, and a cluster made before
 * passwords, which trusted every local user, is secured by the next start.
 */
@DisabledIfEnvironmentVariable(
        named = DatabaseUri.ENV,
        matches = ".+",
        disabledReason = "MOOMOO_POSTGRES_URI points at another server, not the private cluster")
class PrivateClusterMigrationTest {

    private static final Path SCRIPT = Path.of("..", "moomoo").toAbsolutePath().normalize();
    private static final String PG_CTL = "/usr/lib/postgresql/15/bin/pg_ctl";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private Path state;
    private Map<String, String> environment;

    @BeforeEach
    void newStateDirectory() throws IOException {
        // Under /tmp and searchable by all: as root, the cluster runs as user postgres.
        state = Files.createTempDirectory(Path.of("/tmp"), "moomoo-cluster-");
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
        environment = Map.of("MOOMOO_STATE_DIR", state.toString(), "MOOMOO_PG_PORT", String.valueOf(freePort()));
    }

    @AfterEach
    void stopAndRemove() throws Exception {
        moomoo("db", "stop");
        try (Stream<Path> files = Files.walk(state)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void newClusterNeedsThePasswordFromItsFirstStart() throws Exception {
        // when
        OsCommand start = moomoo("db", "start");

        // then
        assertThat(start.exitCode()).as(start.output()).isZero();
        assertThat(start.output())
                .doesNotContain(Files.readString(passwordFile()).strip());
        assertOnlyThePasswordGetsIn();
    }

    @Test
    void runningClusterThatTrustedEveryLocalUserIsSecuredByTheNextStart() throws Exception {
        // given: a running cluster as ./moomoo made them before passwords: trust, no password file
        assertThat(moomoo("db", "start").exitCode()).isZero();
        Path hba = state.resolve("pgdata/pg_hba.conf");
        assertThat(asClusterUser("sed", "-i", "s/scram-sha-256/trust/", hba.toString())
                        .exitCode())
                .isZero();
        assertThat(asClusterUser(PG_CTL, "-D", state.resolve("pgdata").toString(), "reload")
                        .exitCode())
                .isZero();
        Files.delete(passwordFile());
        try (Connection open = connect(null)) {
            assertThat(open.isValid(5)).isTrue();
        }

        // when
        OsCommand start = moomoo("db", "start");

        // then
        assertThat(start.exitCode()).as(start.output()).isZero();
        assertThat(start.output()).contains("private cluster secured");
        assertThat(Files.readString(hba)).doesNotContain("trust");
        assertOnlyThePasswordGetsIn();
    }

    private void assertOnlyThePasswordGetsIn() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())))
                .isEqualTo("rw-------");
        assertThatThrownBy(() -> connect(null)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect("guessed")).hasMessageContaining("password authentication failed");
        DatabaseUri owner = DatabaseUri.privateCluster(environment);
        try (Connection connection = DatabaseAdmin.connect(owner);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT extname FROM pg_extension WHERE extname = 'vector'")) {
            assertThat(rs.next()).as("pgvector in database moomoo").isTrue();
        }
    }

    private Connection connect(String password) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + environment.get("MOOMOO_PG_PORT") + "/moomoo";
        return password == null
                ? DriverManager.getConnection(url + "?user=postgres")
                : DriverManager.getConnection(url, "postgres", password);
    }

    private Path passwordFile() {
        return DatabaseUri.passwordFile(environment);
    }

    private OsCommand moomoo(String... args) throws Exception {
        String[] command =
                Stream.concat(Stream.of(SCRIPT.toString()), Stream.of(args)).toArray(String[]::new);
        return OsCommand.run(environment, command);
    }

    private static OsCommand asClusterUser(String... command) throws Exception {
        return ROOT ? OsCommand.asUser("postgres", command) : OsCommand.run(Map.of(), command);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
