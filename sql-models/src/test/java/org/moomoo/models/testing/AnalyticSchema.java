package org.moomoo.models.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.moomoo.database.DatabaseUri;
import org.moomoo.models.BuildPlan;
import org.moomoo.models.ModelProject;
import org.moomoo.models.ModelRunner;
import org.moomoo.models.RunnerSettings;
import org.moomoo.testsupport.TemplateRecipe;
import org.moomoo.testsupport.TestDatabases;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A template whose {@code analytics} schema is what the shipped models publish over empty raw
 * tables: fixtures insert into the product's own table shapes, never into a hand-written copy.
 * Shared with other modules' tests through this module's test jar.
 */
public final class AnalyticSchema {

    /** The migrations plus every model built and published on empty raw tables. */
    public static final TemplateRecipe RECIPE =
            new TemplateRecipe("analytics:" + modelFilesHash(), AnalyticSchema::build);

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private AnalyticSchema() {}

    /** Builds and publishes every shipped model into {@code database}. */
    public static void build(DatabaseUri database) throws Exception {
        DataSource dataSource = TestDatabases.dataSource(database);
        ModelRunner runner =
                new ModelRunner(dataSource, ModelProject.fromClasspath(), new RunnerSettings("analytics", List.of()));
        BuildPlan plan = runner.plan("", "template", NOW, true);
        runner.prepare(plan, true);
        runner.testSources(plan);
        for (String model : plan.models()) {
            runner.build(plan, model);
        }
        runner.publish(plan);
    }

    private static String modelFilesHash() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:model*/**/*.*");
            Arrays.sort(files, Comparator.comparing(AnalyticSchema::location));
            StringBuilder all = new StringBuilder();
            for (Resource file : files) {
                if (!file.isReadable()) {
                    continue;
                }
                try (InputStream in = file.getInputStream()) {
                    all.append(location(file))
                            .append('\n')
                            .append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return TestDatabases.hash(all.toString()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int models = url.lastIndexOf("/model");
            return models < 0 ? url : url.substring(models);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
