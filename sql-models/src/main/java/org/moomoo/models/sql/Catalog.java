package org.moomoo.models.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the PostgreSQL catalog says about a relation. */
public final class Catalog {

    private Catalog() {}

    /**
     * What {@code schema.name} is: {@code table}, {@code view}, {@code materialized view}, or null when it does not exist.
     *
     * @throws SQLException when it is something else (a sequence, an index), which the runner must not replace
     */
    public static String kindOf(Connection connection, String schema, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select c.relkind from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relname = ?")) {
            statement.setString(1, schema);
            statement.setString(2, name);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return switch (rs.getString(1)) {
                    case "r", "p" -> "table";
                    case "v" -> "view";
                    case "m" -> "materialized view";
                    default ->
                        throw new SQLException(
                                schema + "." + name + " exists but is not a table or view; rename or drop it");
                };
            }
        }
    }

    /** The relation's column names, in order. */
    public static Set<String> columns(Connection connection, Relation relation) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("select attname from pg_attribute"
                + " where attrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass and attnum > 0"
                + " and not attisdropped order by attnum")) {
            statement.setString(1, relation.schema());
            statement.setString(2, relation.name());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
