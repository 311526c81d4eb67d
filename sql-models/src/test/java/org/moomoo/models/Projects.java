package org.moomoo.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small in-memory model projects for tests. */
final class Projects {

    private final List<ModelFile> files = new ArrayList<>();
    private final Map<String, String> yaml = new LinkedHashMap<>();
    private final List<SqlTest> tests = new ArrayList<>();
    private final Map<String, String> macros = new LinkedHashMap<>();

    Projects model(String name, String template) {
        return model("", name, template);
    }

    Projects model(String folder, String name, String template) {
        files.add(new ModelFile(
                name, "models/" + (folder.isEmpty() ? "" : folder + "/") + name + ".sql", folder, template));
        return this;
    }

    Projects yaml(String location, String text) {
        yaml.put(location, text);
        return this;
    }

    Projects test(String name, String template) {
        tests.add(new SqlTest(name, "tests/" + name + ".sql", template));
        return this;
    }

    Projects macros(String location, String text) {
        macros.put(location, text);
        return this;
    }

    ModelProject build() {
        return ModelProject.of(files, yaml, tests, macros);
    }
}
