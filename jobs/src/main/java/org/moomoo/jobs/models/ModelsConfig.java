package org.moomoo.jobs.models;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.moomoo.models.ModelProject;
import org.moomoo.models.ModelRunner;
import org.moomoo.models.RunnerSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The model project and its runner. {@code moomoo.models.path} points at a folder holding
 * {@code models/} to build other model files than the shipped ones.
 */
@Configuration(proxyBeanMethods = false)
class ModelsConfig {

    @Bean
    ModelProject modelProject(@Value("${moomoo.models.path:}") String path) {
        return ModelProjects.load(path);
    }

    @Bean
    ModelRunner modelRunner(
            DataSource dataSource,
            ModelProject project,
            @Value("${moomoo.models.schema:analytics}") String schema,
            @Value("${moomoo.models.grant-roles:ro}") List<String> grantRoles) {
        return new ModelRunner(dataSource, project, new RunnerSettings(schema, grantRoles));
    }

    /** Loads the shipped project, or the one in a folder. */
    static final class ModelProjects {

        private ModelProjects() {}

        static ModelProject load(String path) {
            return path == null || path.isBlank()
                    ? ModelProject.fromClasspath()
                    : ModelProject.fromDirectory(Path.of(path));
        }
    }
}
