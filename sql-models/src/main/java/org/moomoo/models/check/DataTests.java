package org.moomoo.models.check;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.moomoo.models.BuildPlan;
import org.moomoo.models.DataTest;
import org.moomoo.models.DataTestFailure;
import org.moomoo.models.ModelProject;
import org.moomoo.models.Severity;
import org.moomoo.models.SourceTable;
import org.moomoo.models.SqlTest;
import org.moomoo.models.TestResult;
import org.moomoo.models.render.ModelRenderer;
import org.moomoo.models.sql.Relation;
import org.moomoo.models.sql.UtcConnections;

/** Runs the data tests of a build: of the sources it reads, and of each model it builds. */
public final class DataTests {

    private final UtcConnections connections;
    private final ModelProject project;
    private final ModelRenderer renderer;

    public DataTests(UtcConnections connections, ModelProject project, ModelRenderer renderer) {
        this.connections = connections;
        this.project = project;
        this.renderer = renderer;
    }

    /** The tests of every source the plan's models read. */
    public List<TestResult> ofSources(BuildPlan plan) throws SQLException {
        Set<String> read = new LinkedHashSet<>();
        for (String name : plan.models()) {
            read.addAll(project.model(name).sources());
        }
        List<TestResult> results = new ArrayList<>();
        try (Connection connection = connections.open()) {
            for (String name : read) {
                SourceTable source = project.sources().get(name);
                for (DataTest test : source.tests()) {
                    results.add(run(connection, test, source.relation(), plan));
                }
            }
        }
        return results;
    }

    /** The YAML tests of a built model, then the custom tests whose last model it is. */
    public List<TestResult> ofModel(BuildPlan plan, String name) throws SQLException {
        String relation = new Relation(plan.buildSchema(), name).sql();
        List<TestResult> results = new ArrayList<>();
        try (Connection connection = connections.open()) {
            for (DataTest test : project.tests(name)) {
                results.add(run(connection, test, relation, plan));
            }
            for (SqlTest test : sqlTestsEndingAt(plan, name)) {
                results.add(run(connection, test, plan));
            }
        }
        return results;
    }

    /**
     * Stops the build when an error-severity test failed.
     *
     * @param subject the model, or "sources"
     * @throws DataTestFailure naming every blocking failure
     */
    public static void requireNoBlocking(String subject, List<TestResult> results) {
        List<TestResult> blocking =
                results.stream().filter(TestResult::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new DataTestFailure(subject, blocking);
        }
    }

    // A custom test runs once every model it reads is built, after the last of them.
    private List<SqlTest> sqlTestsEndingAt(BuildPlan plan, String name) {
        List<SqlTest> ending = new ArrayList<>();
        for (SqlTest test : project.sqlTests()) {
            boolean allBuilt = test.refs().stream().allMatch(plan::includes);
            String last = plan.models().stream()
                    .filter(test.refs()::contains)
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (allBuilt && name.equals(last)) {
                ending.add(test);
            }
        }
        return ending;
    }

    private TestResult run(Connection connection, DataTest test, String relation, BuildPlan plan) throws SQLException {
        FailingRows failing = FailingRows.query(
                connection, test.describe(), test.failureSql(relation, name -> renderer.relationOfAny(name, plan)));
        String message = failing.count() == 0 || test.message() == null
                ? null
                : renderer.renderMessage(
                        test.message(), failing.first(), test.location() + ": the message of " + test.describe());
        return new TestResult(test.describe(), test.severity(), failing.count(), failing.sample(), message);
    }

    private TestResult run(Connection connection, SqlTest test, BuildPlan plan) throws SQLException {
        FailingRows failing = FailingRows.query(connection, test.name(), renderer.render(test, plan));
        return new TestResult(test.name(), Severity.ERROR, failing.count(), failing.sample(), null);
    }
}
