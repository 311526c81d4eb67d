package org.moomoo.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.moomoo.database.DatabaseAdmin;
import org.moomoo.database.DatabaseUri;
import org.moomoo.jobs.JobsContext.Verbosity;

/** What every command says when the database cannot be reached: a port where nothing listens stands in for it. */
class JobsContextTest {

    @Test
    void aPrivateClusterThatRefusesConnectionsIsNotRunning() throws IOException {
        // given
        DatabaseUri cluster = new DatabaseUri(
                "jdbc:postgresql://127.0.0.1:" + unusedPort() + "/moomoo", "postgres", "hidden-password");

        // when
        String message = JobsContext.unavailableMessage(cluster, true, connectionFailure(cluster));

        // then
        assertThat(message)
                .startsWith("the private PostgreSQL cluster is not running: start it with ./moomoo db start")
                .doesNotContain(DatabaseUri.ENV)
                .doesNotContain("hidden-password");
    }

    @Test
    void aConfiguredServerThatRefusesConnectionsIsNamedMasked() throws IOException {
        // given
        int port = unusedPort();
        DatabaseUri server = DatabaseUri.parse("postgresql://alice:hidden-password@127.0.0.1:" + port + "/music");

        // when
        String message = JobsContext.unavailableMessage(server, false, connectionFailure(server));

        // then
        assertThat(message)
                .startsWith("cannot use the database at jdbc:postgresql://alice:***@127.0.0.1:" + port + "/music: ")
                .endsWith("; check " + DatabaseUri.ENV)
                .doesNotContain("hidden-password")
                .doesNotContain("private");
    }

    @Test
    void startingOnAStoppedPrivateClusterSaysHowToStartIt() throws IOException {
        assumeTrue(DatabaseUri.usesPrivateCluster(System.getenv()), "runs where MOOMOO_POSTGRES_URI is unset");
        DatabaseUri cluster =
                new DatabaseUri("jdbc:postgresql://127.0.0.1:" + unusedPort() + "/moomoo", "postgres", null);

        assertThatThrownBy(() -> JobsContext.start(cluster, Verbosity.QUIET))
                .isInstanceOf(JobsContext.DatabaseUnavailable.class)
                .hasMessageStartingWith(
                        "the private PostgreSQL cluster is not running: start it with ./moomoo db start");
    }

    private static SQLException connectionFailure(DatabaseUri uri) {
        try {
            DatabaseAdmin.connect(uri).close();
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("something answered at " + uri.masked());
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
