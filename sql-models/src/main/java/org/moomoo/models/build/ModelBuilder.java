package org.moomoo.models.build;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moomoo.models.BuildPlan;
import org.moomoo.models.Materialization;
import org.moomoo.models.Model;
import org.moomoo.models.ModelProject;
import org.moomoo.models.RunnerSettings;
import org.moomoo.models.publish.MetaSchema;
import org.moomoo.models.render.ModelRenderer;
import org.moomoo.models.sql.Ddl;
import org.moomoo.models.sql.Relation;
import org.moomoo.models.sql.SqlNames;
import org.moomoo.models.sql.Statements;
import org.moomoo.models.sql.UtcConnections;

/**
 * Builds one model into the build schema in one transaction: materialises it, creates its indexes
 * and comments, analyzes a table, and counts its malformed values and its rows per count_by value.
 */
public final class ModelBuilder {

    private final UtcConnections connections;
    private final ModelProject project;
    private final ModelRenderer renderer;
    private final RunnerSettings settings;
    private final Materializer materializer;

    public ModelBuilder(
            UtcConnections connections, ModelProject project, ModelRenderer renderer, RunnerSettings settings) {
        this.connections = connections;
        this.project = project;
        this.renderer = renderer;
        this.settings = settings;
        this.materializer = new Materializer(renderer, settings);
    }

    /**
     * Builds the model; an ephemeral model is only rendered, which checks its template.
     *
     * @throws SQLException naming the model's file when a statement fails
     */
    public BuiltModel build(BuildPlan plan, Model model) throws SQLException {
        Materialization kind = model.config().materialization();
        if (kind == Materialization.EPHEMERAL) {
            renderer.render(model, plan, false, null);
            return new BuiltModel(-1, 0, Map.of());
        }
        Relation relation = new Relation(plan.buildSchema(), model.name());
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            long before = MetaSchema.malformedCount(connection, settings.metaSchema());
            long rows = materializer.materialize(connection, plan, model, relation);
            Indexes.create(connection, model, relation);
            Comments.describe(connection, model, project.doc(model.name()), relation);
            if (kind.isTable()) {
                Statements.execute(connection, Ddl.analyze(relation));
            }
            long malformed = MetaSchema.malformedCount(connection, settings.metaSchema()) - before;
            String countBy = model.config().countBy();
            Map<String, Long> counts = countBy == null ? Map.of() : counts(connection, relation, countBy);
            connection.commit();
            return new BuiltModel(rows, malformed, counts);
        } catch (SQLException e) {
            throw Statements.located(model.file().location() + ": ", e);
        }
    }

    /** Rows per value of {@code column}, by value (NULL as "null"). */
    private static Map<String, Long> counts(Connection connection, Relation relation, String column)
            throws SQLException {
        String quoted = SqlNames.quote(column);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(" + quoted + "::text, 'null'), count(*) from "
                        + relation.sql() + " group by 1 order by 1")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }
}
