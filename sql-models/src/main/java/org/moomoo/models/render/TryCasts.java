package org.moomoo.models.render;

/**
 * The SQL of the try-casts (DESIGN 9.5): a CASE that casts a text when it has the right form, and
 * otherwise bumps the malformed-value counter and yields NULL. Written inline rather than as SQL
 * functions: PostgreSQL does not inline a function whose argument is used twice and costs more
 * than a few operators (a JSON path, say), and the call then costs three times the cast.
 */
final class TryCasts {

    private static final String UUID = "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'";
    private static final String DECIMAL = "'^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,2})?\\s*$'";

    private TryCasts() {}

    static String uuid(String expression, String meta) {
        String v = "lower(btrim((" + expression + ")::text))";
        return cast(v, v + " ~ " + UUID, v + "::uuid", meta);
    }

    static String integer(String expression, String meta) {
        String v = text(expression);
        return cast(
                v,
                v + " ~ '^\\s*[+-]?\\d{1,10}\\s*$' and " + v + "::bigint between -2147483648 and 2147483647",
                v + "::integer",
                meta);
    }

    static String bigint(String expression, String meta) {
        String v = text(expression);
        return cast(v, v + " ~ '^\\s*[+-]?\\d{1,18}\\s*$'", v + "::bigint", meta);
    }

    static String doublePrecision(String expression, String meta) {
        String v = text(expression);
        return cast(v, v + " ~ " + DECIMAL, v + "::double precision", meta);
    }

    static String real(String expression, String meta) {
        String v = text(expression);
        return cast(
                v,
                v + " ~ " + DECIMAL + " and (" + v + "::double precision = 0 or abs(" + v
                        + "::double precision) between 1.2e-38 and 3.4e38)",
                v + "::real",
                meta);
    }

    static String bool(String expression, String meta) {
        String v = "lower(btrim((" + expression + ")::text))";
        return cast(
                v,
                v + " in ('true', 'false', 't', 'f', 'yes', 'no', 'y', 'n', 'on', 'off', '1', '0')",
                v + "::boolean",
                meta);
    }

    static String epoch(String expression, String meta) {
        String v = text(expression);
        return cast(
                v,
                v + " ~ " + DECIMAL + " and abs(" + v + "::double precision) < 1e11",
                "to_timestamp(" + v + "::double precision)",
                meta);
    }

    /** spec/sql-models.md 3.4; only a prefix like "1.23", which the original's cast failed on, counts as malformed. */
    static String year(String expression, String meta) {
        String prefix = "substr((" + expression + ")::text, 1, 4)";
        // coalesce: NULL AND malformed() would still call malformed()
        return "(case when " + prefix + " ~ '^\\d+$' then " + prefix + "::integer when coalesce(" + prefix
                + " ~ '^\\d+(\\.\\d+)?$', false) and " + meta + ".malformed() then null end)";
    }

    private static String text(String expression) {
        return "(" + expression + ")::text";
    }

    // malformed() is false: the last branch counts and falls through to NULL.
    private static String cast(String value, String valid, String converted, String meta) {
        return "(case when " + valid + " then " + converted + " when " + value + " is not null and " + meta
                + ".malformed() then null end)";
    }
}
