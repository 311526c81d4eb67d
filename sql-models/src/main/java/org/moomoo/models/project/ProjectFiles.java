package org.moomoo.models.project;

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
import org.moomoo.models.ModelDefinitionException;
import org.moomoo.models.ModelFile;
import org.moomoo.models.SqlTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The text of a project's files, not yet checked, in the order they are read (by location).
 *
 * @param models     the model files
 * @param yamlFiles  YAML text by location
 * @param sqlTests   the custom tests (their refs not known yet)
 * @param macroFiles macro files' text by location
 */
public record ProjectFiles(
        List<ModelFile> models, Map<String, String> yamlFiles, List<SqlTest> sqlTests, Map<String, String> macroFiles) {

    public ProjectFiles {
        models = List.copyOf(models);
        yamlFiles = Collections.unmodifiableMap(new LinkedHashMap<>(yamlFiles));
        sqlTests = List.copyOf(sqlTests);
        macroFiles = Collections.unmodifiableMap(new LinkedHashMap<>(macroFiles));
    }

    /** The files under {@code models/}, {@code model-tests/} and {@code model-macros/} on the classpath. */
    public static ProjectFiles fromClasspath() {
        return read("classpath*:models/", "classpath*:model-tests/", "classpath*:model-macros/", false);
    }

    /** The files of a folder holding {@code models/} and, optionally, {@code tests/} and {@code macros/}. */
    public static ProjectFiles fromDirectory(Path folder) {
        String base = folder.toAbsolutePath().toUri().toString();
        return read(base + "models/", base + "tests/", base + "macros/", true);
    }

    private static ProjectFiles read(String modelsRoot, String testsRoot, String macrosRoot, boolean requireModels) {
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
        return new ProjectFiles(files, yamlFiles, sqlTests, macroFiles);
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
                String relative = roots.stream()
                        .filter(url::startsWith)
                        .findFirst()
                        .map(prefix -> url.substring(prefix.length()))
                        .orElse(resource.getFilename());
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
}
