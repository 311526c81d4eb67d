package org.moomoo.models.testing;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tables and columns taken away for a test and put back afterwards. Dropping them would leave the
 * test class's database without them; renamed under a suffix, they come back as they were.
 */
final class HiddenRelations {

    private static final String SUFFIX = "__hidden";

    private final JdbcClient jdbc;

    HiddenRelations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes table {@code qualified} ({@code schema.table}) away. */
    void hide(String qualified) {
        jdbc.sql("ALTER TABLE " + qualified + " RENAME TO " + qualified.substring(qualified.indexOf('.') + 1) + SUFFIX)
                .update();
    }

    /** Takes column {@code column} of table {@code qualified} away. */
    void hideColumn(String qualified, String column) {
        jdbc.sql("ALTER TABLE " + qualified + " RENAME COLUMN " + column + " TO " + column + SUFFIX)
                .update();
    }

    /** Puts back every table and column hidden in {@code schemas}. */
    void restore(List<String> schemas) {
        List<Map<String, Object>> hidden =
                jdbc.sql("""
                SELECT n.nspname AS schema, c.relname AS relation, NULL AS column_name
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname IN (:schemas) AND c.relkind = 'r' AND c.relname LIKE '%\\_\\_hidden'
                UNION ALL
                SELECT n.nspname, c.relname, a.attname
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname IN (:schemas) AND c.relkind = 'r' AND a.attname LIKE '%\\_\\_hidden' AND NOT a.attisdropped
                """).param("schemas", schemas).query().listOfRows();
        for (Map<String, Object> row : hidden) {
            String table = row.get("schema") + "." + row.get("relation");
            String column = (String) row.get("column_name");
            if (column == null) {
                jdbc.sql("ALTER TABLE " + table + " RENAME TO " + visible((String) row.get("relation")))
                        .update();
            } else {
                jdbc.sql("ALTER TABLE " + table + " RENAME COLUMN " + column + " TO " + visible(column))
                        .update();
            }
        }
    }

    private static String visible(String name) {
        return name.substring(0, name.length() - SUFFIX.length());
    }
}
