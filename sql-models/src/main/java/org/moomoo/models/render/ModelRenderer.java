package org.moomoo.models.render;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.moomoo.models.BuildPlan;
import org.moomoo.models.Materialization;
import org.moomoo.models.Model;
import org.moomoo.models.ModelDefinitionException;
import org.moomoo.models.ModelProject;
import org.moomoo.models.RunnerSettings;
import org.moomoo.models.SourceTable;
import org.moomoo.models.SqlTest;
import org.moomoo.models.sql.Relation;
import org.moomoo.models.sql.SqlNames;

/**
 * The SQL a model or custom test runs in one build: refs point into the build schema for the
 * models the build builds and at the published models otherwise; ephemeral models are inlined.
 */
public final class ModelRenderer {

    private final ModelProject project;
    private final ModelTemplates templates;
    private final RunnerSettings settings;

    public ModelRenderer(ModelProject project, ModelTemplates templates, RunnerSettings settings) {
        this.project = project;
        this.templates = templates;
        this.settings = settings;
    }

    /**
     * A model's query.
     *
     * @param incremental whether {@code is_incremental()} is true (an incremental model being appended to)
     * @param self        what {@code this} renders as (the relation being built), or null
     */
    public String render(Model model, BuildPlan plan, boolean incremental, Relation self) {
        // Ephemeral models a template refs are rendered first: Jinjava renders must not nest.
        Map<String, String> inlined = new HashMap<>();
        for (String ref : model.refs()) {
            Model upstream = project.model(ref);
            if (upstream.config().materialization() == Materialization.EPHEMERAL) {
                inlined.put(ref, "(\n" + render(upstream, plan, false, null) + "\n)");
            }
        }
        RenderState state = state(
                model.file().location(),
                ref -> inlined.containsKey(ref) ? inlined.get(ref) : relationOf(ref, plan),
                plan,
                incremental);
        return templates.render(model.file().template(), state, self == null ? null : self.sql());
    }

    /** The SQL a model runs with refs pointing at the published models (for {@code models compile}). */
    public String compile(Model model, Instant fixedNow) {
        BuildPlan plan = new BuildPlan(settings.targetSchema() + "__compile", List.of(), fixedNow, false);
        return render(model, plan, false, new Relation(settings.targetSchema(), model.name()));
    }

    /** A custom test's query. */
    public String render(SqlTest test, BuildPlan plan) {
        RenderState state = state(test.location(), ref -> relationOf(ref, plan), plan, false);
        return templates.render(test.template(), state, test.name());
    }

    /**
     * A data test's message, whose variables are the columns of the test's first failing row.
     *
     * @param location the file and test, for the error when the message itself is wrong
     */
    public String renderMessage(String template, Map<String, Object> row, String location) {
        return templates.renderMessage(template, row, location);
    }

    /** The relation of a model or a source, for a {@code relationships} test. */
    public String relationOfAny(String name, BuildPlan plan) {
        String model = relationOf(name, plan);
        if (model != null) {
            return model;
        }
        SourceTable source = project.sources().get(name);
        if (source == null) {
            throw new ModelDefinitionException(
                    "a relationships test points at '" + name + "', which is neither a model nor a source");
        }
        return sourceRelation(source);
    }

    /**
     * What {@code source('name')} renders as: the raw table, or in an as-of build of a source with an
     * {@code as_of_column} only its rows before the cutoff, so that no later row reaches any model.
     */
    private String sourceRelation(SourceTable source) {
        if (settings.asOf() == null || source.asOfColumn() == null) {
            return source.relation();
        }
        return "(select * from " + source.relation() + " where " + SqlNames.quote(source.asOfColumn()) + " < "
                + SqlNames.literal(settings.asOf().toString()) + "::timestamptz)";
    }

    // The relation of a stored model: in the build schema when this build builds it, else published.
    private String relationOf(String name, BuildPlan plan) {
        if (!project.models().containsKey(name)) {
            return null;
        }
        return new Relation(plan.includes(name) ? plan.buildSchema() : settings.targetSchema(), name).sql();
    }

    private RenderState state(String location, UnaryOperator<String> refs, BuildPlan plan, boolean incremental) {
        return new RenderState(
                location,
                refs,
                source -> project.sources().containsKey(source)
                        ? sourceRelation(project.sources().get(source))
                        : null,
                nowSql(plan),
                incremental,
                settings.metaSchema());
    }

    private static String nowSql(BuildPlan plan) {
        return plan.fixedNow() == null ? "current_timestamp" : "'" + plan.fixedNow() + "'::timestamptz";
    }
}
