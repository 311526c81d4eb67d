package org.moomoo.playlist.collection;

import java.util.regex.Pattern;

/**
 * The schema the SQL models build the analytic tables in (Spring property {@code moomoo.models.schema}).
 * Identifiers cannot be bound as parameters, so the name is checked before it goes into SQL text.
 */
public record AnalyticSchema(String name) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public AnalyticSchema {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("analytic schema '" + name
                    + "' is not a plain lower-case identifier; set moomoo.models.schema to a name like analytics");
        }
    }

    /** {@code schema.table}, for SQL text. */
    public String table(String table) {
        return name + "." + table;
    }
}
