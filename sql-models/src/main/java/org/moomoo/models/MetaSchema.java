package org.moomoo.models;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The runner's own schema ({@code <target>_meta}): the counter of values the models' try-casts
 * turned into NULL, and the log of published builds that readers watch.
 */
final class MetaSchema {

    private MetaSchema() {
    }

    static void create(Connection connection, String meta) throws SQLException {
        String m = meta + ".";
        // malformed() bumps the counter of the try-casts (a sequence, so the count survives a
        // rolled-back build) and is always false.
        List<String> statements = List.of(
                "create schema if not exists " + meta,
                "create sequence if not exists " + m + "malformed_values",
                "create table if not exists " + m + "published_builds (build_id bigserial primary key,"
                        + " published_at timestamptz not null default now(), models text[] not null)",
                "create or replace function " + m + "malformed() returns boolean language sql volatile as $$"
                        + " select nextval('" + m + "malformed_values') < 0 $$");
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
