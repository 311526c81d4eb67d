package org.moomoo.models.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.moomoo.models.sql.Ddl;
import org.moomoo.models.sql.Relation;
import org.moomoo.models.sql.Statements;

/**
 * The runner's own schema ({@code <target>_meta}): the counter of values the models' try-casts
 * turned into NULL, and the log of published builds that readers watch.
 */
public final class MetaSchema {

    private MetaSchema() {}

    /** Creates the meta schema and what it holds, when they do not exist yet. */
    public static void create(Connection connection, String meta) throws SQLException {
        Statements.execute(connection, Ddl.createSchema(meta));
        // malformed() bumps the counter of the try-casts (a sequence, so the count survives a
        // rolled-back build) and is always false.
        Statements.execute(connection, Ddl.createSequence(counter(meta)));
        Statements.execute(connection, Ddl.createBuildLog(buildLog(meta)));
        Statements.execute(connection, Ddl.createCountingFunction(new Relation(meta, "malformed"), counter(meta)));
    }

    /** How many malformed values the try-casts have counted so far, in every build. */
    public static long malformedCount(Connection connection, String meta) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select case when is_called then last_value else 0 end from "
                        + counter(meta).sql())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Logs a published build; returns its id. */
    static long recordBuild(Connection connection, String meta, List<String> models) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + buildLog(meta).sql() + " (models) values (?) returning build_id")) {
            insert.setArray(1, connection.createArrayOf("text", models.toArray()));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Relation counter(String meta) {
        return new Relation(meta, "malformed_values");
    }

    private static Relation buildLog(String meta) {
        return new Relation(meta, "published_builds");
    }
}
