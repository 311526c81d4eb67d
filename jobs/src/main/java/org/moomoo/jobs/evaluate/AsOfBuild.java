package org.moomoo.jobs.evaluate;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.moomoo.models.BuildPlan;
import org.moomoo.models.ModelProject;
import org.moomoo.models.ModelRunner;
import org.moomoo.models.RunnerSettings;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The models the generators read, built as of the cutoff into a scratch schema of their own (with
 * its {@code _meta} and build schemas): listens and feedback from the cutoff on never reach them,
 * and the published {@code analytics} schema is never touched. Closing drops all three schemas.
 */
final class AsOfBuild implements AutoCloseable {

    /**
     * What the generators, the holdout and the baselines read, with everything upstream of it.
     * Everything else (recommendations, dumps, playlist statistics) is left out to save time.
     */
    static final String SELECTION = "+local_files +loved_tracks +revisit_tracks +revisit_releases +file_listen_counts"
            + " +artist_listen_counts +artist_factors +map__file_recording +map__file_release +map__file_release_group"
            + " +map__file_artist +mbids +listens";

    private static final Logger log = LoggerFactory.getLogger(AsOfBuild.class);

    private final JdbcClient jdbc;
    private final String schema;
    private final String listensSql;

    private AsOfBuild(JdbcClient jdbc, String schema, String listensSql) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.listensSql = listensSql;
    }

    /**
     * Builds and publishes the selected models into {@code schema}, first dropping what an earlier
     * attempt left there. On a failure the schemas are dropped before the failure is rethrown.
     */
    static AsOfBuild build(DataSource dataSource, JdbcClient jdbc, ModelProject project, String schema, Instant cutoff)
            throws SQLException {
        AsOfBuild build = new AsOfBuild(
                jdbc,
                schema,
                // The listens model as the build runs it, but over every listen: where the held-out
                // listens are read, parsed by the same rules as the ones the models saw.
                new ModelRunner(dataSource, project, new RunnerSettings(schema, List.of())).compile("listens", cutoff));
        build.drop();
        try {
            ModelRunner runner = new ModelRunner(dataSource, project, new RunnerSettings(schema, List.of(), cutoff));
            BuildPlan plan = runner.plan(SELECTION, "evaluate", cutoff, true);
            runner.prepare(plan, true);
            runner.testSources(plan);
            long started = System.nanoTime();
            for (String model : plan.models()) {
                runner.build(plan, model);
            }
            runner.publish(plan);
            log.info(
                    "Built {} models as of {} into {} in {} s",
                    plan.models().size(),
                    cutoff,
                    schema,
                    (System.nanoTime() - started) / 1_000_000_000);
            return build;
        } catch (SQLException | RuntimeException e) {
            build.close();
            throw e;
        }
    }

    /** Where the generators read the as-of models. */
    AnalyticsSchema schema() {
        return new AnalyticsSchema(schema);
    }

    /** The listens model's query over every listen (the held-out ones included). */
    String listensSql() {
        return listensSql;
    }

    /** Empties the artist factors, so that the engine and the smart mixes run without collaborative filtering. */
    void withoutCollaborativeFiltering() {
        jdbc.sql("TRUNCATE " + schema().table("artist_factors")).update();
    }

    @Override
    public void close() {
        drop();
    }

    private void drop() {
        for (String name : List.of(schema, schema + "_meta", schema + "__build_evaluate")) {
            jdbc.sql("DROP SCHEMA IF EXISTS " + name + " CASCADE").update();
        }
    }
}
