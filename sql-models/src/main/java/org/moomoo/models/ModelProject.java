package org.moomoo.models;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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
        this.docs = Map.copyOf(specs.docs);
        this.tests = Map.copyOf(specs.tests);
        this.sources = Map.copyOf(specs.sources);
        this.sqlTests = List.copyOf(sqlTests);
        this.graph = new ModelGraph(models);
        this.templates = templates;
    }

    /**
     * The project shipped in the sql-models jar ({@code models/}, {@code model-tests/} and
     * {@code model-macros/} on the classpath).
     */
    public static ModelProject fromClasspath() {
        return load("classpath*:models/", "classpath*:model-tests/", "classpath*:model-macros/", false);
    }

    /** A project in a folder holding {@code models/} and, optionally, {@code tests/} and {@code macros/}. */
    public static ModelProject fromDirectory(Path folder) {
        String base = folder.toAbsolutePath().toUri().toString();
        return load(base + "models/", base + "tests/", base + "macros/", true);
    }

    private static ModelProject load(String modelsRoot, String testsRoot, String macrosRoot, boolean requireModels) {
        Map<String, String> sqlFiles = read(modelsRoot, "**/*.sql");
        Map<String, String> yamlFiles = new TreeMap<>(read(modelsRoot, "**/*.yml"));
        yamlFiles.putAll(read(modelsRoot, "**/*.yaml"));
        Map<String, String> testFiles = read(testsRoot, "**/*.sql");
        if (sqlFiles.isEmpty() && requireModels) {
            throw new ModelDefinitionException("no model files found under " + modelsRoot);
        }
        List<ModelFile> files = new ArrayList<>();
        sqlFiles.forEach((relative, text) -> files.add(fileOf("models/" + relative, relative, text)));
        List<SqlTest> sqlTests = new ArrayList<>();
        testFiles.forEach((relative, text) -> sqlTests.add(new SqlTest(baseName(relative), "tests/" + relative, text)));
        Map<String, String> macroFiles = new TreeMap<>();
        read(macrosRoot, "**/*.sql").forEach((relative, text) -> macroFiles.put("macros/" + relative, text));
        return of(files, yamlFiles, sqlTests, macroFiles);
    }

    /**
     * Builds a project from files already read.
     *
     * @param yamlFiles  YAML text by location
     * @param macroFiles macro files' text by location
     */
    public static ModelProject of(List<ModelFile> files, Map<String, String> yamlFiles, List<SqlTest> sqlTests,
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
        Map<String, Model> models = new LinkedHashMap<>();
        for (ModelFile file : byName.values()) {
            models.put(file.name(), discover(templates, file, byName, specs));
        }
        for (String documented : specs.docs.keySet()) {
            if (!models.containsKey(documented)) {
                throw new ModelDefinitionException("the YAML describes a model '" + documented
                        + "' that has no .sql file");
            }
        }
        List<SqlTest> discoveredTests = new ArrayList<>();
        for (SqlTest test : sqlTests) {
            RenderState state = discoveryState(test.location(), byName, specs);
            templates.render(test.template(), state, test.name());
            discoveredTests.add(new SqlTest(test.name(), test.location(), test.template(), state.refNames));
        }
        return new ModelProject(models, specs, discoveredTests, templates);
    }

    // Refs and sources resolve to their own names: this rendering only finds what a template reads.
    private static RenderState discoveryState(String location, Map<String, ModelFile> all, YamlSpecs specs) {
        return new RenderState(location, name -> all.containsKey(name) ? name : null,
                name -> specs.sources.containsKey(name) ? name : null, "now()", false, "meta");
    }

    private static Model discover(ModelTemplates templates, ModelFile file, Map<String, ModelFile> all, YamlSpecs specs) {
        RenderState state = discoveryState(file.location(), all, specs);
        templates.render(file.template(), state, file.name());
        Materialization defaultKind = file.folder().equals("analytic") || file.folder().startsWith("analytic/")
                ? Materialization.VIEW : Materialization.TABLE;
        ModelConfig config = ConfigArguments.parse(state.config, defaultKind, file.location());
        return new Model(file, config, state.refNames, state.sourceNames);
    }

    private static ModelFile fileOf(String location, String relative, String text) {
        int slash = relative.lastIndexOf('/');
        String folder = slash < 0 ? "" : relative.substring(0, slash);
        return new ModelFile(baseName(relative), location, folder, text);
    }

    private static String baseName(String relative) {
        String file = relative.substring(relative.lastIndexOf('/') + 1);
        return file.substring(0, file.lastIndexOf('.'));
    }

    // Relative names come from the root folders' own URLs, which works for folders and jars alike.
    private static Map<String, String> read(String root, String pattern) {
        Map<String, String> texts = new TreeMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            List<String> roots = new ArrayList<>();
            for (Resource folder : resolver.getResources(root)) {
                if (folder.exists()) {
                    roots.add(folder.getURL().toString());
                }
            }
            for (Resource resource : resolver.getResources(root + pattern)) {
                String url = resource.getURL().toString();
                String relative = roots.stream().filter(url::startsWith).findFirst()
                        .map(prefix -> url.substring(prefix.length())).orElse(resource.getFilename());
                try (InputStream in = resource.getInputStream()) {
                    texts.put(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (FileNotFoundException e) {
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model files under " + root, e);
        }
        return texts;
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

    ModelTemplates templates() {
        return templates;
    }
}
