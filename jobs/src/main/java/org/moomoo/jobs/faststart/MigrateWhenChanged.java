package org.moomoo.jobs.faststart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs Flyway's migrate only when the database's schema history differs from the migrations
 * packaged with the application. Every command starts the application, and Flyway costs about a
 * third of a second of CPU even on a current schema (it scans, parses and validates every
 * migration); one query of the history table against the packaged files' names and checksums
 * says the same for the usual case, where nothing changed.
 *
 * <p>Anything else is Flyway's to decide, as before: a pending migration (packaged, not applied),
 * a changed one (same name, other checksum: Flyway's validation refuses it), a failed one, an
 * applied one no longer packaged, no history table at all, a configuration this check does not
 * understand (locations off the class path, repeatable migrations), or a failure to read the
 * history (Flyway then reports it in its own words).
 */
public final class MigrateWhenChanged implements FlywayMigrationStrategy {

    /** A migration as the history records it: its script (file name) and Flyway's checksum. */
    record Applied(String script, int checksum) {}

    @Override
    public void migrate(Flyway flyway) {
        if (!isCurrent(flyway.getConfiguration())) {
            flyway.migrate();
        }
    }

    /**
     * Whether every packaged migration has been applied successfully with the same checksum, and
     * nothing else has (besides the row Flyway writes when it creates the schemas).
     */
    static boolean isCurrent(Configuration configuration) {
        Set<Applied> packaged = packaged(configuration);
        if (packaged == null) {
            return false;
        }
        try {
            Set<Applied> applied = applied(configuration);
            return packaged.equals(applied);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The versioned SQL migrations in the configured class-path locations; null when there is anything else. */
    static Set<Applied> packaged(Configuration configuration) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<Applied> packaged = new HashSet<>();
        try {
            for (Location location : configuration.getLocations()) {
                if (!location.isClassPath()) {
                    return null;
                }
                String folder = location.getPath().replaceAll("^/+|/+$", "");
                for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*")) {
                    String name = resource.getFilename();
                    if (!resource.isReadable() || name == null || name.isEmpty()) {
                        continue;
                    }
                    // Flyway records the path below the location; only a flat folder of versioned SQL
                    // files is simple enough to be told apart here.
                    boolean flatVersionedSql = resource.getURL().toString().endsWith("/" + folder + "/" + name)
                            && name.startsWith(configuration.getSqlMigrationPrefix())
                            && name.contains(configuration.getSqlMigrationSeparator())
                            && name.endsWith(".sql");
                    if (!flatVersionedSql) {
                        return null;
                    }
                    packaged.add(new Applied(name, checksum(resource, configuration)));
                }
            }
        } catch (IOException e) {
            return null;
        }
        return packaged;
    }

    /**
     * Flyway's checksum of a SQL migration: the CRC-32 of its lines, each without its line end and
     * byte order mark, in UTF-8. Should Flyway ever count otherwise, no schema looks current and
     * Flyway simply runs every time.
     */
    static int checksum(Resource resource, Configuration configuration) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), configuration.getEncoding()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    /**
     * The successful SQL migrations of the history table, or null when it is missing or holds
     * anything but those and the schema-creation row.
     */
    static Set<Applied> applied(Configuration configuration) throws SQLException {
        String schema = configuration.getDefaultSchema() != null
                ? configuration.getDefaultSchema()
                : configuration.getSchemas()[0];
        String table = quoted(schema) + "." + quoted(configuration.getTable());
        DataSource dataSource = configuration.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                exists.setString(1, table);
                try (ResultSet rs = exists.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return null;
                    }
                }
            }
            Set<Applied> applied = new HashSet<>();
            try (PreparedStatement history =
                            connection.prepareStatement("SELECT type, script, checksum, success FROM " + table);
                    ResultSet rs = history.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString("type");
                    boolean success = rs.getBoolean("success");
                    if ("SCHEMA".equals(type) && success) {
                        continue;
                    }
                    int checksum = rs.getInt("checksum");
                    if (!"SQL".equals(type) || !success || rs.wasNull()) {
                        return null;
                    }
                    applied.add(new Applied(rs.getString("script"), checksum));
                }
            }
            return applied;
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
