package org.moomoo.models;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.moomoo.models.build.BuiltModel;
import org.moomoo.models.build.ModelBuilder;
import org.moomoo.models.check.DataTests;
import org.moomoo.models.publish.Publisher;
import org.moomoo.models.render.ModelRenderer;
import org.moomoo.models.sql.UtcConnections;

/**
 * Builds models into a build schema, tests them, and publishes them into the target schema in one
 * transaction (sql-models/README.md). Each call takes its own connection, in UTC, so a build can be
 * driven step by step and resumed after a failure.
 */
public final class ModelRunner {

    private final ModelProject project;
    private final RunnerSettings settings;
    private final ModelRenderer renderer;
    private final ModelBuilder builder;
    private final DataTests checks;
    private final Publisher publisher;

    public ModelRunner(DataSource dataSource, ModelProject project, RunnerSettings settings) {
        UtcConnections connections = new UtcConnections(dataSource);
        this.project = project;
        this.settings = settings;
        this.renderer = new ModelRenderer(project, project.templates(), settings);
        this.builder = new ModelBuilder(connections, project, renderer, settings);
        this.checks = new DataTests(connections, project, renderer);
        this.publisher = new Publisher(connections, project, settings);
    }

    public ModelProject project() {
        return project;
    }

    public RunnerSettings settings() {
        return settings;
    }

    /**
     * Plans a build of the selection (see {@link ModelGraph#select}). Views downstream of a
     * selected model join the build, because replacing a table drops the views that read it.
     *
     * @param buildKey names the build schema, so that a restarted build finds its earlier work
     */
    public BuildPlan plan(String selection, String buildKey, Instant fixedNow, boolean fullRefresh) {
        ModelGraph graph = project.graph();
        return new BuildPlan(
                settings.buildSchema(buildKey), graph.withViewsReading(graph.select(selection)), fixedNow, fullRefresh);
    }

    /**
     * Creates the meta schema and the build schema.
     *
     * @param fresh drop what an earlier attempt of this build left (false when resuming it)
     */
    public void prepare(BuildPlan plan, boolean fresh) throws SQLException {
        publisher.prepare(plan, fresh);
    }

    /** Runs the tests of every source the plan's models read; throws when one fails. */
    public List<TestResult> testSources(BuildPlan plan) throws SQLException {
        List<TestResult> results = checks.ofSources(plan);
        DataTests.requireNoBlocking("sources", results);
        return results;
    }

    /**
     * Builds one model of the plan into the build schema, creates its indexes and comments, and
     * runs its data tests (and the custom tests whose last model it is).
     *
     * @throws DataTestFailure when an error-severity test fails
     */
    public ModelResult build(BuildPlan plan, String name) throws SQLException {
        Model model = project.model(name);
        Materialization kind = model.config().materialization();
        long started = System.nanoTime();
        BuiltModel built = builder.build(plan, model);
        List<TestResult> tests = kind == Materialization.EPHEMERAL ? List.of() : checks.ofModel(plan, name);
        ModelResult result = new ModelResult(
                name,
                kind,
                built.rows(),
                Duration.ofNanos(System.nanoTime() - started),
                built.malformed(),
                model.config().countBy(),
                built.counts(),
                tests);
        DataTests.requireNoBlocking(name, tests);
        return result;
    }

    /**
     * Moves every built model of the plan into the target schema in one transaction, replacing
     * the published ones, grants SELECT, records the build and drops the build schema.
     *
     * @return the id of the published build
     */
    public long publish(BuildPlan plan) throws SQLException {
        return publisher.publish(plan);
    }

    /** Drops the build schema of a plan that will not be resumed. */
    public void discard(BuildPlan plan) throws SQLException {
        publisher.discard(plan);
    }

    /** The SQL a model runs, with refs pointing at the published models (for {@code models compile}). */
    public String compile(String name, Instant fixedNow) {
        return renderer.compile(project.model(name), fixedNow);
    }
}
