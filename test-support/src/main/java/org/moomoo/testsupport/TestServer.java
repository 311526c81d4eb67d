package org.moomoo.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.moomoo.database.DatabaseAdmin;
import org.moomoo.database.DatabaseUri;

/**
 * The PostgreSQL server the tests run on: {@code MOOMOO_POSTGRES_URI} when set, else the project's
 * private cluster, started with {@code ./moomoo db start} when it is not running, so that
 * {@code mvn -pl MODULE test} works on its own as well as under {@code ./moomoo test}.
 */
public final class TestServer {

    private static volatile DatabaseUri server;

    private TestServer() {}

    /** The server, reachable: the private cluster is started first when needed. */
    public static synchronized DatabaseUri get() {
        if (server == null) {
            server = locate();
        }
        return server;
    }

    private static DatabaseUri locate() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        if (!DatabaseUri.usesPrivateCluster(environment)) {
            return DatabaseUri.fromEnvironment();
        }
        Path root = projectRoot();
        if (root != null) {
            environment.putIfAbsent("MOOMOO_STATE_DIR", root.resolve(".moomoo").toString());
        }
        DatabaseUri uri = DatabaseUri.privateCluster(environment);
        if (!reachable(uri) && root != null) {
            startPrivateCluster(root);
            uri = DatabaseUri.privateCluster(environment);
        }
        return uri;
    }

    private static boolean reachable(DatabaseUri uri) {
        try (Connection ignored = DatabaseAdmin.connect(uri.withDatabase("postgres"))) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void startPrivateCluster(Path root) {
        try {
            Process process = new ProcessBuilder(root.resolve("moomoo").toString(), "db", "start")
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("./moomoo db start failed in " + root
                        + "; run it by hand to see why, or set MOOMOO_POSTGRES_URI");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ./moomoo db start in " + root + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the private cluster", e);
        }
    }

    // The checkout's root: the nearest folder above the working directory holding the moomoo script.
    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("moomoo")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return null;
    }
}
