package org.moomoo.models;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The runner's own schema ({@code <target>_meta}): the try-cast functions the models call, the
 * counter of values they turned into NULL, and the log of published builds that readers watch.
 */
final class MetaSchema {

    private MetaSchema() {
    }

    static void create(Connection connection, String meta) throws SQLException {
        String m = meta + ".";
        String uuid = "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'";
        String decimal = "'^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,2})?\\s*$'";
        // Each function is one SQL CASE so PostgreSQL inlines it; malformed() bumps the counter
        // (a sequence, so the count survives a rolled-back build) and yields NULL.
        List<String> statements = List.of(
                "create schema if not exists " + meta,
                "create sequence if not exists " + m + "malformed_values",
                "create table if not exists " + m + "published_builds (build_id bigserial primary key,"
                        + " published_at timestamptz not null default now(), models text[] not null)",
                "create or replace function " + m + "malformed() returns boolean language sql volatile as $$"
                        + " select nextval('" + m + "malformed_values') < 0 $$",
                function(m, "try_int", "integer", "when v ~ '^\\s*[+-]?\\d{1,10}\\s*$'"
                        + " and v::bigint between -2147483648 and 2147483647 then v::integer"),
                function(m, "try_bigint", "bigint", "when v ~ '^\\s*[+-]?\\d{1,18}\\s*$' then v::bigint"),
                function(m, "try_double", "double precision", "when v ~ " + decimal + " then v::double precision"),
                function(m, "try_real", "real", "when v ~ " + decimal + " and (v::double precision = 0"
                        + " or abs(v::double precision) between 1.2e-38 and 3.4e38) then v::real"),
                function(m, "try_bool", "boolean", "when lower(btrim(v)) in ('true', 'false', 't', 'f', 'yes', 'no',"
                        + " 'y', 'n', 'on', 'off', '1', '0') then lower(btrim(v))::boolean"),
                function(m, "try_uuid", "uuid", "when lower(btrim(v)) ~ " + uuid + " then lower(btrim(v))::uuid"),
                function(m, "try_epoch", "timestamptz", "when v ~ " + decimal
                        + " and abs(v::double precision) < 1e11 then to_timestamp(v::double precision)"),
                // spec/sql-models.md 3.4: only a prefix like "1.23" would have failed the original's cast
                "create or replace function " + m + "extract_year(v text) returns integer language sql volatile as $$"
                        + " select case when v is null then null"
                        + " when substr(v, 1, 4) ~ '^\\d+$' then substr(v, 1, 4)::integer"
                        + " when substr(v, 1, 4) ~ '^\\d+(\\.\\d+)?$' and " + m + "malformed() then null end $$");
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String function(String m, String name, String type, String whenValid) {
        return "create or replace function " + m + name + "(v text) returns " + type + " language sql volatile as $$"
                + " select case when v is null then null " + whenValid
                + " when " + m + "malformed() then null end $$";
    }
}
