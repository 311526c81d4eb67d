package org.moomoo.models;

import java.util.List;
import org.moomoo.models.sql.SqlNames;

/**
 * Where models are published and who may read them.
 *
 * @param targetSchema the schema readers use ({@code analytics} by default)
 * @param grantRoles   roles given SELECT on every model; a role that does not exist is skipped
 */
public record RunnerSettings(String targetSchema, List<String> grantRoles) {

    public RunnerSettings {
        SqlNames.schema(targetSchema);
        grantRoles = List.copyOf(grantRoles);
    }

    public String metaSchema() {
        return targetSchema + "_meta";
    }

    /** The schema a build is built in before it is published: one per build key. */
    public String buildSchema(String buildKey) {
        return SqlNames.schema(targetSchema + "__build_" + buildKey.replaceAll("[^a-z0-9_]", "_"));
    }
}
