package org.moomoo.models;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.moomoo.models.project.ModelDiscovery;
import org.moomoo.models.project.ProjectFiles;
import org.moomoo.models.project.YamlSpecs;
import org.moomoo.models.render.ModelTemplates;

/**
 * Every model, YAML declaration and custom test of a project, read and checked: refs and sources
 * exist, YAML names real models, there is no cycle.
 */
public final class ModelProject {

    /** Where the raw tables live. */
    public static final String SOURCE_SCHEMA = "raw";

    private final Map<String, Model> models;
    private final Map<String, ModelDoc> docs;
    private final Map<String, List<DataTest>> tests;
    private final Map<String, SourceTable> sources;
    private final List<SqlTest> sqlTests;
    private final ModelGraph graph;
    private final ModelTemplates templates;

    private ModelProject(Map<String, Model> models, YamlSpecs specs, List<SqlTest> sqlTests, ModelTemplates templates) {
        this.models = Collections.unmodifiableMap(models);
        this.docs = Map.copyOf(specs.docs());
        this.tests = Map.copyOf(specs.tests());
        this.sources = Map.copyOf(specs.sources());
        this.sqlTests = List.copyOf(sqlTests);
        this.graph = new ModelGraph(models);
        this.templates = templates;
    }

    /**
     * The project shipped in the sql-models jar ({@code models/}, {@code model-tests/} and
     * {@code model-macros/} on the classpath).
     */
    public static ModelProject fromClasspath() {
        return of(ProjectFiles.fromClasspath());
    }

    /** A project in a folder holding {@code models/} and, optionally, {@code tests/} and {@code macros/}. */
    public static ModelProject fromDirectory(Path folder) {
        return of(ProjectFiles.fromDirectory(folder));
    }

    private static ModelProject of(ProjectFiles files) {
        return of(files.models(), files.yamlFiles(), files.sqlTests(), files.macroFiles());
    }

    /**
     * Builds a project from files already read.
     *
     * @param yamlFiles  YAML text by location
     * @param macroFiles macro files' text by location
     */
    public static ModelProject of(
            List<ModelFile> files,
            Map<String, String> yamlFiles,
            List<SqlTest> sqlTests,
            Map<String, String> macroFiles) {
        YamlSpecs specs = new YamlSpecs(SOURCE_SCHEMA);
        yamlFiles.forEach(specs::read);
        Map<String, ModelFile> byName = new TreeMap<>();
        for (ModelFile file : files) {
            ModelFile earlier = byName.putIfAbsent(file.name(), file);
            if (earlier != null) {
                throw new ModelDefinitionException(file.location() + ": a model named " + file.name()
                        + " already exists in " + earlier.location());
            }
        }
        ModelTemplates templates = new ModelTemplates(macroFiles);
        ModelDiscovery discovery =
                new ModelDiscovery(templates, byName.keySet(), specs.sources().keySet());
        Map<String, Model> models = new LinkedHashMap<>();
        for (ModelFile file : byName.values()) {
            models.put(file.name(), discovery.model(file));
        }
        for (String documented : specs.docs().keySet()) {
            if (!models.containsKey(documented)) {
                throw new ModelDefinitionException(
                        "the YAML describes a model '" + documented + "' that has no .sql file");
            }
        }
        List<SqlTest> discoveredTests =
                sqlTests.stream().map(discovery::sqlTest).toList();
        return new ModelProject(models, specs, discoveredTests, templates);
    }

    public Map<String, Model> models() {
        return models;
    }

    public Model model(String name) {
        Model model = models.get(name);
        if (model == null) {
            throw new ModelDefinitionException("there is no model named '" + name + "'");
        }
        return model;
    }

    public ModelGraph graph() {
        return graph;
    }

    public ModelDoc doc(String model) {
        return docs.get(model);
    }

    public List<DataTest> tests(String model) {
        return tests.getOrDefault(model, List.of());
    }

    public Map<String, SourceTable> sources() {
        return sources;
    }

    public List<SqlTest> sqlTests() {
        return sqlTests;
    }

    /** The template engine with the project's macros, for the runner's stages. */
    ModelTemplates templates() {
        return templates;
    }
}
