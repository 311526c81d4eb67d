package org.moomoo.models.build;

import java.sql.Connection;
import java.sql.SQLException;
import org.moomoo.models.BuildPlan;
import org.moomoo.models.Model;
import org.moomoo.models.RunnerSettings;
import org.moomoo.models.render.ModelRenderer;
import org.moomoo.models.sql.Catalog;
import org.moomoo.models.sql.Ddl;
import org.moomoo.models.sql.Relation;
import org.moomoo.models.sql.Statements;

/**
 * Stores a model's query as its materialization says: a view, a table, or an incremental table
 * (the published table with the rows of the new batch replacing those of the same key).
 */
final class Materializer {

    private final ModelRenderer renderer;
    private final RunnerSettings settings;

    Materializer(ModelRenderer renderer, RunnerSettings settings) {
        this.renderer = renderer;
        this.settings = settings;
    }

    /** @return the rows written, or -1 for a view */
    long materialize(Connection connection, BuildPlan plan, Model model, Relation relation) throws SQLException {
        String name = model.name();
        Statements.execute(connection, Ddl.dropTableIfExists(relation));
        Statements.execute(connection, Ddl.dropViewIfExists(relation));
        switch (model.config().materialization()) {
            case VIEW -> {
                Statements.execute(connection, Ddl.createView(relation, renderer.render(model, plan, false, relation)));
                return -1;
            }
            case INCREMENTAL -> {
                Relation published = new Relation(settings.targetSchema(), name);
                if (!plan.fullRefresh() && "table".equals(Catalog.kindOf(connection, settings.targetSchema(), name))) {
                    Statements.execute(connection, Ddl.createTableCopying(relation, published));
                    String batch = "moomoo_increment_" + name;
                    Statements.execute(
                            connection, Ddl.createBatchTable(batch, renderer.render(model, plan, true, published)));
                    Statements.execute(
                            connection,
                            Ddl.deleteKeysOfBatch(relation, model.config().uniqueKey(), batch));
                    return Statements.executeCount(connection, Ddl.insertBatch(relation, batch));
                }
                return Statements.executeCount(
                        connection, Ddl.createTableAs(relation, renderer.render(model, plan, false, relation)));
            }
            default -> {
                return Statements.executeCount(
                        connection, Ddl.createTableAs(relation, renderer.render(model, plan, false, relation)));
            }
        }
    }
}
