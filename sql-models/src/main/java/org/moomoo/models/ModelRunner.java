package org.moomoo.models;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Builds models into a build schema, tests them, and publishes them into the target schema in one
 * transaction (sql-models/README.md). Each call takes its own connection, in UTC, so a build can be
 * driven step by step and resumed after a failure.
 */
public final class ModelRunner {

    private static final int SAMPLE_ROWS = 5;

    private final DataSource dataSource;
    private final ModelProject project;
    private final RunnerSettings settings;

    public ModelRunner(DataSource dataSource, ModelProject project, RunnerSettings settings) {
        this.dataSource = dataSource;
        this.project = project;
        this.settings = settings;
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
        Set<String> chosen = new LinkedHashSet<>(graph.select(selection));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Model model : project.models().values()) {
                if (!chosen.contains(model.name()) && model.config().materialization() == Materialization.VIEW
                        && model.refs().stream().anyMatch(chosen::contains)) {
                    grew |= chosen.add(model.name());
                }
            }
        }
        String schema = settings.targetSchema() + "__build_" + buildKey.replaceAll("[^a-z0-9_]", "_");
        return new BuildPlan(SqlNames.schema(schema), graph.order().stream().filter(chosen::contains).toList(),
                fixedNow, fullRefresh);
    }

    /**
     * Creates the meta schema and the build schema.
     *
     * @param fresh drop what an earlier attempt of this build left (false when resuming it)
     */
    public void prepare(BuildPlan plan, boolean fresh) throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            MetaSchema.create(connection, settings.metaSchema());
            if (fresh) {
                statement.execute("drop schema if exists " + plan.buildSchema() + " cascade");
            }
            statement.execute("create schema if not exists " + plan.buildSchema());
            statement.execute("create schema if not exists " + settings.targetSchema());
        }
    }

    /** Runs the tests of every source the plan's models read; throws when one fails. */
    public List<TestResult> testSources(BuildPlan plan) throws SQLException {
        Set<String> read = new LinkedHashSet<>();
        for (String name : plan.models()) {
            read.addAll(project.model(name).sources());
        }
        List<TestResult> results = new ArrayList<>();
        try (Connection connection = open()) {
            for (String source : read) {
                for (DataTest test : project.sources().get(source).tests()) {
                    results.add(run(connection, test, project.sources().get(source).relation(), plan));
                }
            }
        }
        List<TestResult> blocking = results.stream().filter(TestResult::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new DataTestFailure("sources", blocking);
        }
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
        if (kind == Materialization.EPHEMERAL) {
            render(model, plan, false, null);
            return new ModelResult(name, kind, -1, Duration.ofNanos(System.nanoTime() - started), 0, null,
                    Map.of(), List.of());
        }
        String relation = plan.buildSchema() + "." + name;
        long rows;
        long malformed;
        Map<String, Long> counts;
        try (Connection connection = open()) {
            connection.setAutoCommit(false);
            long before = malformedCount(connection);
            rows = materialize(connection, plan, model, relation);
            for (IndexSpec index : model.config().indexes()) {
                execute(connection, "create " + (index.unique() ? "unique " : "") + "index " + indexName(name, index)
                        + " on " + relation + " (" + index.columns().stream().map(SqlNames::quote)
                                .collect(Collectors.joining(", ")) + ")");
            }
            describe(connection, model, relation, plan);
            if (kind.isTable()) {
                execute(connection, "analyze " + relation);
            }
            malformed = malformedCount(connection) - before;
            String countBy = model.config().countBy();
            counts = countBy == null ? Map.of() : counts(connection, relation, countBy);
            connection.commit();
        } catch (SQLException e) {
            throw located(model.file().location() + ": ", e);
        }
        List<TestResult> results = new ArrayList<>();
        try (Connection connection = open()) {
            for (DataTest test : project.tests(name)) {
                results.add(run(connection, test, relation, plan));
            }
            for (SqlTest test : sqlTestsEndingAt(plan, name)) {
                results.add(runSqlTest(connection, test, plan));
            }
        }
        ModelResult result = new ModelResult(name, kind, rows, Duration.ofNanos(System.nanoTime() - started), malformed,
                model.config().countBy(), counts, results);
        List<TestResult> blocking = results.stream().filter(TestResult::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new DataTestFailure(name, blocking);
        }
        return result;
    }

    /**
     * Moves every built model of the plan into the target schema in one transaction, replacing
     * the published ones, grants SELECT, records the build and drops the build schema.
     *
     * @return the id of the published build
     */
    public long publish(BuildPlan plan) throws SQLException {
        String target = settings.targetSchema();
        List<String> published = new ArrayList<>();
        long buildId;
        try (Connection connection = open()) {
            connection.setAutoCommit(false);
            List<String> roles = existingRoles(connection);
            for (String role : roles) {
                execute(connection, "grant usage on schema " + target + " to " + SqlNames.quote(role));
            }
            for (String name : plan.models()) {
                Model model = project.model(name);
                if (model.config().materialization() == Materialization.EPHEMERAL) {
                    continue;
                }
                String keyword = model.config().materialization() == Materialization.VIEW ? "view" : "table";
                String old = relkind(connection, target, name);
                if (old != null) {
                    execute(connection, "drop " + old + " " + target + "." + name + " cascade");
                }
                execute(connection, "alter " + keyword + " " + plan.buildSchema() + "." + name + " set schema " + target);
                for (String role : roles) {
                    execute(connection, "grant select on " + target + "." + name + " to " + SqlNames.quote(role));
                }
                published.add(name);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into " + settings.metaSchema()
                    + ".published_builds (models) values (?) returning build_id")) {
                insert.setArray(1, connection.createArrayOf("text", published.toArray()));
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    buildId = rs.getLong(1);
                }
            }
            execute(connection, "drop schema " + plan.buildSchema() + " cascade");
            connection.commit();
        }
        return buildId;
    }

    /** Drops the build schema of a plan that will not be resumed. */
    public void discard(BuildPlan plan) throws SQLException {
        try (Connection connection = open()) {
            execute(connection, "drop schema if exists " + plan.buildSchema() + " cascade");
        }
    }

    /** The SQL a model runs, with refs pointing at the published models (for {@code models compile}). */
    public String compile(String name, Instant fixedNow) {
        Model model = project.model(name);
        BuildPlan plan = new BuildPlan(settings.targetSchema() + "__compile", List.of(), fixedNow, false);
        return render(model, plan, false, settings.targetSchema() + "." + name);
    }

    private long materialize(Connection connection, BuildPlan plan, Model model, String relation) throws SQLException {
        String name = model.name();
        execute(connection, "drop table if exists " + relation + " cascade");
        execute(connection, "drop view if exists " + relation + " cascade");
        switch (model.config().materialization()) {
            case VIEW -> {
                execute(connection, "create view " + relation + " as\n" + render(model, plan, false, relation));
                return -1;
            }
            case INCREMENTAL -> {
                String published = settings.targetSchema() + "." + name;
                if (!plan.fullRefresh() && "table".equals(relkind(connection, settings.targetSchema(), name))) {
                    execute(connection, "create table " + relation + " as table " + published);
                    String batch = "moomoo_increment_" + name;
                    execute(connection, "create temporary table " + batch + " on commit drop as\n"
                            + render(model, plan, true, published));
                    String key = SqlNames.quote(model.config().uniqueKey());
                    execute(connection, "delete from " + relation + " where " + key + " in (select " + key + " from "
                            + batch + ")");
                    return executeCount(connection, "insert into " + relation + " select * from " + batch);
                }
                return executeCount(connection, "create table " + relation + " as\n" + render(model, plan, false, relation));
            }
            default -> {
                return executeCount(connection, "create table " + relation + " as\n" + render(model, plan, false, relation));
            }
        }
    }

    // Ephemeral models a template refs are rendered first: Jinjava renders must not nest.
    private String render(Model model, BuildPlan plan, boolean incremental, String thisRelation) {
        Map<String, String> inlined = new HashMap<>();
        for (String ref : model.refs()) {
            Model upstream = project.model(ref);
            if (upstream.config().materialization() == Materialization.EPHEMERAL) {
                inlined.put(ref, "(\n" + render(upstream, plan, false, null) + "\n)");
            }
        }
        RenderState state = buildState(model.file().location(),
                ref -> inlined.containsKey(ref) ? inlined.get(ref) : relationOf(ref, plan), plan, incremental);
        return project.templates().render(model.file().template(), state, thisRelation);
    }

    // The relation of a stored model: in the build schema when this build builds it, else published.
    private String relationOf(String name, BuildPlan plan) {
        Model model = project.models().get(name);
        if (model == null) {
            return null;
        }
        return (plan.includes(name) ? plan.buildSchema() : settings.targetSchema()) + "." + name;
    }

    private String relationOfAny(String name, BuildPlan plan) {
        String model = relationOf(name, plan);
        if (model != null) {
            return model;
        }
        SourceTable source = project.sources().get(name);
        if (source == null) {
            throw new ModelDefinitionException("a relationships test points at '" + name
                    + "', which is neither a model nor a source");
        }
        return source.relation();
    }

    private static String nowSql(BuildPlan plan) {
        return plan.fixedNow() == null ? "current_timestamp" : "'" + plan.fixedNow() + "'::timestamptz";
    }

    // A custom test runs once every model it reads is built, after the last of them.
    private List<SqlTest> sqlTestsEndingAt(BuildPlan plan, String name) {
        List<SqlTest> ending = new ArrayList<>();
        for (SqlTest test : project.sqlTests()) {
            boolean allBuilt = test.refs().stream().allMatch(plan::includes);
            String last = plan.models().stream().filter(test.refs()::contains).reduce((a, b) -> b).orElse(null);
            if (allBuilt && name.equals(last)) {
                ending.add(test);
            }
        }
        return ending;
    }

    private RenderState buildState(String location, UnaryOperator<String> refs, BuildPlan plan, boolean incremental) {
        return new RenderState(location, refs,
                source -> project.sources().containsKey(source) ? project.sources().get(source).relation() : null,
                nowSql(plan), incremental, settings.metaSchema());
    }

    private TestResult run(Connection connection, DataTest test, String relation, BuildPlan plan) throws SQLException {
        FailingRows failing = query(connection, test.describe(), test.failureSql(relation, n -> relationOfAny(n, plan)));
        String message = failing.count() == 0 || test.message() == null ? null : project.templates().renderMessage(
                test.message(), failing.first(), test.location() + ": the message of " + test.describe());
        return new TestResult(test.describe(), test.severity(), failing.count(), failing.sample(), message);
    }

    private TestResult runSqlTest(Connection connection, SqlTest test, BuildPlan plan) throws SQLException {
        RenderState state = buildState(test.location(), ref -> relationOf(ref, plan), plan, false);
        FailingRows failing = query(connection, test.name(),
                project.templates().render(test.template(), state, test.name()));
        return new TestResult(test.name(), Severity.ERROR, failing.count(), failing.sample(), null);
    }

    /** What a failure query returned: the row count, a sample as text, and the first row's values by column. */
    private record FailingRows(long count, List<String> sample, Map<String, Object> first) {
    }

    private static FailingRows query(Connection connection, String name, String failureSql) throws SQLException {
        long count;
        List<String> sample = new ArrayList<>();
        Map<String, Object> first = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select count(*) from (" + failureSql + ") as failing")) {
                rs.next();
                count = rs.getLong(1);
            }
            if (count > 0) {
                try (ResultSet rs = statement.executeQuery(failureSql + " limit " + SAMPLE_ROWS)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<String> values = new ArrayList<>();
                        boolean firstRow = sample.isEmpty();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            values.add(meta.getColumnLabel(i) + "=" + rs.getString(i));
                            if (firstRow) {
                                first.put(meta.getColumnLabel(i), rs.getObject(i));
                            }
                        }
                        sample.add(String.join(", ", values));
                    }
                }
            }
        } catch (SQLException e) {
            throw located("data test " + name + " could not run: ", e);
        }
        return new FailingRows(count, sample, first);
    }

    private void describe(Connection connection, Model model, String relation, BuildPlan plan) throws SQLException {
        ModelDoc doc = project.doc(model.name());
        if (doc == null) {
            return;
        }
        String keyword = model.config().materialization() == Materialization.VIEW ? "view" : "table";
        if (doc.description() != null) {
            execute(connection, "comment on " + keyword + " " + relation + " is " + SqlNames.literal(doc.description()));
        }
        Set<String> actual = columns(connection, plan.buildSchema(), model.name());
        for (Map.Entry<String, String> column : doc.columns().entrySet()) {
            if (!actual.contains(column.getKey())) {
                throw new ModelDefinitionException("the YAML describes a column " + model.name() + "." + column.getKey()
                        + " that the model does not have (it has: " + String.join(", ", actual) + ")");
            }
            if (column.getValue() != null) {
                execute(connection, "comment on column " + relation + "." + SqlNames.quote(column.getKey()) + " is "
                        + SqlNames.literal(column.getValue()));
            }
        }
    }

    private static Set<String> columns(Connection connection, String schema, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("select attname from pg_attribute"
                + " where attrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass and attnum > 0"
                + " and not attisdropped order by attnum")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static String relkind(Connection connection, String schema, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select c.relkind from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relname = ?")) {
            statement.setString(1, schema);
            statement.setString(2, name);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return switch (rs.getString(1)) {
                    case "r", "p" -> "table";
                    case "v" -> "view";
                    case "m" -> "materialized view";
                    default -> throw new SQLException(schema + "." + name
                            + " exists but is not a table or view; rename or drop it");
                };
            }
        }
    }

    private List<String> existingRoles(Connection connection) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            for (String role : settings.grantRoles()) {
                statement.setString(1, role);
                try (ResultSet rs = statement.executeQuery()) {
                    if (rs.next()) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    /** Rows per value of {@code column}, by value (NULL as "null"). */
    private static Map<String, Long> counts(Connection connection, String relation, String column)
            throws SQLException {
        String quoted = SqlNames.quote(column);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(" + quoted + "::text, 'null'), count(*) from "
                        + relation + " group by 1 order by 1")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private long malformedCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select case when is_called then last_value else 0 end from "
                        + settings.metaSchema() + ".malformed_values")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // Index names are unique per schema: the model's name keeps them apart.
    private static String indexName(String model, IndexSpec index) {
        String name = "ix_" + model + "__" + String.join("_", index.columns());
        if (name.length() > 60) {
            name = name.substring(0, 50) + "_" + Integer.toHexString(name.hashCode());
        }
        return SqlNames.quote(name);
    }

    // The failure reports show the deepest cause's message, so the located one carries no cause.
    private static SQLException located(String where, SQLException e) {
        SQLException located = new SQLException(where + e.getMessage(), e.getSQLState());
        located.addSuppressed(e);
        return located;
    }

    private Connection open() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set time zone 'UTC'");
        }
        return connection;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long executeCount(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }
}
