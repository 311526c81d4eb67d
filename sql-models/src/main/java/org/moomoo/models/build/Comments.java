package org.moomoo.models.build;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.moomoo.models.Materialization;
import org.moomoo.models.Model;
import org.moomoo.models.ModelDefinitionException;
import org.moomoo.models.ModelDoc;
import org.moomoo.models.sql.Catalog;
import org.moomoo.models.sql.Ddl;
import org.moomoo.models.sql.Relation;
import org.moomoo.models.sql.Statements;

/** Turns a model's YAML descriptions into comments, and refuses a described column the model lacks. */
final class Comments {

    private Comments() {}

    /** @param doc the model's YAML description, or null when it has none */
    static void describe(Connection connection, Model model, ModelDoc doc, Relation relation) throws SQLException {
        if (doc == null) {
            return;
        }
        String kind = model.config().materialization() == Materialization.VIEW ? "view" : "table";
        if (doc.description() != null) {
            Statements.execute(connection, Ddl.commentOn(kind, relation, doc.description()));
        }
        Set<String> actual = Catalog.columns(connection, relation);
        for (Map.Entry<String, String> column : doc.columns().entrySet()) {
            if (!actual.contains(column.getKey())) {
                throw new ModelDefinitionException("the YAML describes a column " + model.name() + "." + column.getKey()
                        + " that the model does not have (it has: " + String.join(", ", actual) + ")");
            }
            if (column.getValue() != null) {
                Statements.execute(connection, Ddl.commentOnColumn(relation, column.getKey(), column.getValue()));
            }
        }
    }
}
