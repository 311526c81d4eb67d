package org.moomoo.models.sql;

/**
 * A table, view, sequence or function by schema and name, both unquoted: {@link #sql()} quotes them,
 * so no caller does.
 */
public record Relation(String schema, String name) {

    /** The schema-qualified name as SQL, such as {@code analytics.listens}. */
    public String sql() {
        return SqlNames.quote(schema) + "." + SqlNames.quote(name);
    }
}
