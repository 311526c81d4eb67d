package org.moomoo.models.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.moomoo.models.sql.Ddl;
import org.moomoo.models.sql.Relation;
import org.moomoo.models.sql.Statements;

/** Read access for the configured roles that exist; a role that does not exist is skipped. */
final class Grants {

    private final List<String> roles;

    private Grants(List<String> roles) {
        this.roles = roles;
    }

    static Grants forExisting(Connection connection, List<String> wanted) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            for (String role : wanted) {
                statement.setString(1, role);
                try (ResultSet rs = statement.executeQuery()) {
                    if (rs.next()) {
                        roles.add(role);
                    }
                }
            }
        }
        return new Grants(roles);
    }

    void usageOn(Connection connection, String schema) throws SQLException {
        for (String role : roles) {
            Statements.execute(connection, Ddl.grantUsage(schema, role));
        }
    }

    void selectOn(Connection connection, Relation relation) throws SQLException {
        for (String role : roles) {
            Statements.execute(connection, Ddl.grantSelect(relation, role));
        }
    }
}
