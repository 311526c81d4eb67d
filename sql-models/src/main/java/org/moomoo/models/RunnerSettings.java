package org.moomoo.models;

import java.time.Instant;
import java.util.List;
import org.moomoo.models.sql.SqlNames;

/**
 * Where models are published, who may read them, and whether the build sees the sources as of a
 * past instant.
 *
 * @param targetSchema the schema readers use ({@code analytics} by default)
 * @param grantRoles   roles given SELECT on every model; a role that does not exist is skipped
 * @param asOf         null for a normal build; else the models read only the rows of the sources
 *                     with an {@code as_of_column} (listens, feedback) that are before this instant,
 *                     as a backtest needs them
 */
public record RunnerSettings(String targetSchema, List<String> grantRoles, Instant asOf) {

    public RunnerSettings {
        SqlNames.schema(targetSchema);
        grantRoles = List.copyOf(grantRoles);
    }

    /** The settings of a normal build, which reads every source whole. */
    public RunnerSettings(String targetSchema, List<String> grantRoles) {
        this(targetSchema, grantRoles, null);
    }

    public String metaSchema() {
        return targetSchema + "_meta";
    }

    /** The schema a build is built in before it is published: one per build key. */
    public String buildSchema(String buildKey) {
        return SqlNames.schema(targetSchema + "__build_" + buildKey.replaceAll("[^a-z0-9_]", "_"));
    }
}
