package org.moomoo.models.build;

import java.sql.Connection;
import java.sql.SQLException;
import org.moomoo.models.IndexSpec;
import org.moomoo.models.Model;
import org.moomoo.models.sql.Ddl;
import org.moomoo.models.sql.Relation;
import org.moomoo.models.sql.Statements;

/** Creates the indexes a model declares in its {@code config(indexes=[...])}. */
final class Indexes {

    private Indexes() {}

    static void create(Connection connection, Model model, Relation table) throws SQLException {
        for (IndexSpec index : model.config().indexes()) {
            Statements.execute(
                    connection, Ddl.createIndex(table, name(model.name(), index), index.columns(), index.unique()));
        }
    }

    // Index names are unique per schema: the model's name keeps them apart.
    private static String name(String model, IndexSpec index) {
        String name = "ix_" + model + "__" + String.join("_", index.columns());
        if (name.length() > 60) {
            name = name.substring(0, 50) + "_" + Integer.toHexString(name.hashCode());
        }
        return name;
    }
}
