package org.moomoo.database;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the database is: {@code MOOMOO_POSTGRES_URI} when set, else the project's private cluster.
 *
 * <p>Accepts the shapes users already have: {@code postgresql://user:pass@host:port/db},
 * the original's SQLAlchemy form {@code postgresql+psycopg://...}, and {@code jdbc:postgresql://...}.
 *
 * @param jdbcUrl  JDBC URL without credentials (unless they came inside a JDBC URL)
 * @param user     user name, or null to leave it to the JDBC URL
 * @param password password, or null
 */
public record DatabaseUri(String jdbcUrl, String user, String password) {

    /** Environment variable that points moomoo at another PostgreSQL server. */
    public static final String ENV = "MOOMOO_POSTGRES_URI";

    /** Name of the private cluster's password file in the state directory. */
    private static final String PASSWORD_FILE = "pgpassword";

    /** Port of the private cluster that {@code ./moomoo db start} runs; MOOMOO_PG_PORT overrides it. */
    public static final int PRIVATE_CLUSTER_PORT = 55433;

    /** The URI from the environment, or the private cluster's. */
    public static DatabaseUri fromEnvironment() {
        if (usesPrivateCluster(System.getenv())) {
            return privateCluster(System.getenv());
        }
        return parse(System.getenv(ENV).trim());
    }

    /** Whether {@code environment} leaves {@code MOOMOO_POSTGRES_URI} unset (or blank), so the private cluster is used. */
    public static boolean usesPrivateCluster(Map<String, String> environment) {
        String value = environment.get(ENV);
        return value == null || value.isBlank();
    }

    /**
     * The private cluster that {@code ./moomoo db start} runs: its port from {@code MOOMOO_PG_PORT},
     * its password from the file {@code pgpassword} in {@code MOOMOO_STATE_DIR} (default
     * {@code .moomoo}), which only the cluster's owner can read. Without that file the password is
     * null and the server refuses the connection.
     */
    public static DatabaseUri privateCluster(Map<String, String> environment) {
        String port = environment.getOrDefault("MOOMOO_PG_PORT", String.valueOf(PRIVATE_CLUSTER_PORT));
        return new DatabaseUri(
                "jdbc:postgresql://127.0.0.1:" + port + "/moomoo", "postgres", readPassword(passwordFile(environment)));
    }

    /** The private cluster's password file: {@code pgpassword} in {@code MOOMOO_STATE_DIR} (default {@code .moomoo}). */
    public static Path passwordFile(Map<String, String> environment) {
        return Path.of(environment.getOrDefault("MOOMOO_STATE_DIR", ".moomoo"), PASSWORD_FILE);
    }

    private static String readPassword(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /** Parses one of the accepted URI shapes; the message of the exception says what is accepted. */
    public static DatabaseUri parse(String value) {
        if (value.startsWith("jdbc:postgresql:")) {
            return new DatabaseUri(value, null, null);
        }
        String rest;
        if (value.startsWith("postgresql://") || value.startsWith("postgres://")) {
            rest = value.substring(value.indexOf("://") + 3);
        } else if (value.startsWith("postgresql+psycopg://") || value.startsWith("postgresql+psycopg2://")) {
            rest = value.substring(value.indexOf("://") + 3);
        } else {
            throw new IllegalArgumentException(unsupported(value));
        }
        URI uri;
        try {
            uri = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(unsupported(value));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(unsupported(value));
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/postgres" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        return new DatabaseUri("jdbc:postgresql://" + uri.getHost() + port + path + query, user, password);
    }

    /** The Spring Boot properties ({@code key=value}) that point the application's DataSource here. */
    public List<String> springProperties() {
        List<String> properties = new ArrayList<>();
        properties.add("spring.datasource.url=" + jdbcUrl);
        if (user != null) {
            properties.add("spring.datasource.username=" + user);
        }
        if (password != null) {
            properties.add("spring.datasource.password=" + password);
        }
        return properties;
    }

    /** The same server and credentials, another database. */
    public DatabaseUri withDatabase(String database) {
        int start = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int end = jdbcUrl.indexOf('?', Math.max(start, 0));
        String server = start < 0 ? (end < 0 ? jdbcUrl : jdbcUrl.substring(0, end)) : jdbcUrl.substring(0, start);
        String query = end < 0 ? "" : jdbcUrl.substring(end);
        return new DatabaseUri(server + "/" + database + query, user, password);
    }

    /**
     * The JDBC URL with the user and password as its query parameters: a {@code MOOMOO_POSTGRES_URI}
     * for a child process, which takes it from its environment, never from its command line.
     */
    public String jdbcUrlWithCredentials() {
        StringBuilder url = new StringBuilder(jdbcUrl);
        char separator = jdbcUrl.contains("?") ? '&' : '?';
        if (user != null) {
            url.append(separator).append("user=").append(URLEncoder.encode(user, StandardCharsets.UTF_8));
            separator = '&';
        }
        if (password != null) {
            url.append(separator).append("password=").append(URLEncoder.encode(password, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    /** The URI for logs: never shows a password. */
    public String masked() {
        String who = user == null ? "" : user + (password == null ? "" : ":***") + "@";
        return jdbcUrl.replace("jdbc:postgresql://", "jdbc:postgresql://" + who)
                .replaceAll("password=[^&]*", "password=***");
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static String unsupported(String value) {
        String shown = value.replaceAll("//([^:/@]*):[^@]*@", "//$1:***@");
        return ENV + " '" + shown + "' is not a PostgreSQL URI; use postgresql://user:pass@host:port/db";
    }
}
