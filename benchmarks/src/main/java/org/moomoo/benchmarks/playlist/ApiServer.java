package org.moomoo.benchmarks.playlist;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moomoo.database.DatabaseUri;

/** The playlist API's jar started as {@code ./moomoo serve} starts it, for the benchmarks that load it. */
public final class ApiServer {

    private ApiServer() {}

    /**
     * Starts {@code jar} on {@code port} against {@code database}, without a token, with the flags
     * {@code ./moomoo serve} hands over in {@code MOOMOO_API_JAVA_OPTS}, plus {@code environment}.
     */
    public static Process start(Path jar, DatabaseUri database, int port, Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(jar, port))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put(DatabaseUri.ENV, database.jdbcUrlWithCredentials());
        builder.environment().putAll(environment);
        builder.environment().remove("MOOMOO_API_TOKEN");
        return builder.start();
    }

    /** The command that starts {@code jar} on {@code port}, with {@code ./moomoo serve}'s JVM flags. */
    public static List<String> command(Path jar, int port) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String flags = System.getenv().getOrDefault("MOOMOO_API_JAVA_OPTS", "-XX:+UseParallelGC -Xmx512m");
        command.addAll(List.of(flags.strip().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        return command;
    }

    /** A port free on this machine now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
