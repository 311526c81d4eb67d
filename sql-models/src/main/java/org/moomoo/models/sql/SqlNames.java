package org.moomoo.models.sql;

import java.util.regex.Pattern;

/** Quoting of identifiers and literals in generated SQL. */
public final class SqlNames {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    private SqlNames() {}

    /** The identifier as written when it is plain lower case, else double-quoted. */
    public static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches()) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Checks a schema name from configuration before it is put into SQL. */
    public static String schema(String name) {
        if (!PLAIN.matcher(name).matches() || name.length() > 40) {
            throw new IllegalArgumentException(
                    "schema name '" + name + "' must be lower-case letters, digits and _ (at most 40 characters)");
        }
        return name;
    }
}
