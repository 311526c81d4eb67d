package org.moomoo.models.publish;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.moomoo.models.BuildPlan;
import org.moomoo.models.Materialization;
import org.moomoo.models.Model;
import org.moomoo.models.ModelProject;
import org.moomoo.models.RunnerSettings;
import org.moomoo.models.sql.Catalog;
import org.moomoo.models.sql.Ddl;
import org.moomoo.models.sql.Relation;
import org.moomoo.models.sql.Statements;
import org.moomoo.models.sql.UtcConnections;

/**
 * Creates a build's schemas, publishes what it built into the target schema in one transaction
 * (readers never see a half-published build), or drops it.
 */
public final class Publisher {

    private final UtcConnections connections;
    private final ModelProject project;
    private final RunnerSettings settings;

    public Publisher(UtcConnections connections, ModelProject project, RunnerSettings settings) {
        this.connections = connections;
        this.project = project;
        this.settings = settings;
    }

    /**
     * Creates the meta schema, the build schema and the target schema.
     *
     * @param fresh drop what an earlier attempt of this build left (false when resuming it)
     */
    public void prepare(BuildPlan plan, boolean fresh) throws SQLException {
        try (Connection connection = connections.open()) {
            MetaSchema.create(connection, settings.metaSchema());
            if (fresh) {
                Statements.execute(connection, Ddl.dropSchemaIfExists(plan.buildSchema()));
            }
            Statements.execute(connection, Ddl.createSchema(plan.buildSchema()));
            Statements.execute(connection, Ddl.createSchema(settings.targetSchema()));
        }
    }

    /**
     * Moves every built model of the plan into the target schema, replacing the published ones,
     * grants SELECT, records the build and drops the build schema, all in one transaction.
     *
     * @return the id of the published build
     */
    public long publish(BuildPlan plan) throws SQLException {
        String target = settings.targetSchema();
        List<String> published = new ArrayList<>();
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            Grants grants = Grants.forExisting(connection, settings.grantRoles());
            grants.usageOn(connection, target);
            for (String name : plan.models()) {
                Model model = project.model(name);
                if (model.config().materialization() == Materialization.EPHEMERAL) {
                    continue;
                }
                String kind = model.config().materialization() == Materialization.VIEW ? "view" : "table";
                Relation replaced = new Relation(target, name);
                String old = Catalog.kindOf(connection, target, name);
                if (old != null) {
                    Statements.execute(connection, Ddl.drop(old, replaced));
                }
                Statements.execute(connection, Ddl.setSchema(kind, new Relation(plan.buildSchema(), name), target));
                grants.selectOn(connection, replaced);
                published.add(name);
            }
            long buildId = MetaSchema.recordBuild(connection, settings.metaSchema(), published);
            Statements.execute(connection, Ddl.dropSchema(plan.buildSchema()));
            connection.commit();
            return buildId;
        }
    }

    /** Drops the build schema of a plan that will not be resumed. */
    public void discard(BuildPlan plan) throws SQLException {
        try (Connection connection = connections.open()) {
            Statements.execute(connection, Ddl.dropSchemaIfExists(plan.buildSchema()));
        }
    }
}
