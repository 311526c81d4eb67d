package org.moomoo.models.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moomoo.models.DataTest;
import org.moomoo.models.ModelDefinitionException;
import org.moomoo.models.ModelDoc;
import org.moomoo.models.Severity;
import org.moomoo.models.SourceTable;
import org.moomoo.models.sql.Relation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads the {@code models:} and {@code sources:} entries of the YAML files. */
public final class YamlSpecs {

    private final Map<String, ModelDoc> docs = new LinkedHashMap<>();
    private final Map<String, List<DataTest>> tests = new LinkedHashMap<>();
    private final Map<String, SourceTable> sources = new LinkedHashMap<>();
    private final Map<String, String> declaredIn = new LinkedHashMap<>();
    private final String sourceSchema;

    /** @param sourceSchema where the declared sources live */
    public YamlSpecs(String sourceSchema) {
        this.sourceSchema = sourceSchema;
    }

    /** The described models, by name. */
    public Map<String, ModelDoc> docs() {
        return Collections.unmodifiableMap(docs);
    }

    /** The data tests of each described model, by model. */
    public Map<String, List<DataTest>> tests() {
        return Collections.unmodifiableMap(tests);
    }

    /** The declared sources, by name. */
    public Map<String, SourceTable> sources() {
        return Collections.unmodifiableMap(sources);
    }

    /** Reads one YAML file's {@code models:} and {@code sources:}. */
    public void read(String location, String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new ModelDefinitionException(location + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return;
        }
        Map<String, Object> top = map(root, location, "the file");
        for (Object entry : list(top.get("models"), location, "models")) {
            readModel(location, map(entry, location, "a models entry"));
        }
        for (Object entry : list(top.get("sources"), location, "sources")) {
            readSource(location, map(entry, location, "a sources entry"));
        }
    }

    private void readModel(String location, Map<String, Object> entry) {
        String name = requiredName(entry, location);
        String earlier = declaredIn.putIfAbsent("model " + name, location);
        if (earlier != null) {
            throw new ModelDefinitionException(location + ": model '" + name + "' is already described in " + earlier);
        }
        Map<String, String> columnDocs = new LinkedHashMap<>();
        List<DataTest> modelTests = new ArrayList<>();
        readColumns(location, name, entry, columnDocs, modelTests);
        readTests(location, name, null, entry.get("tests"), modelTests);
        docs.put(name, new ModelDoc(name, stringOrNull(entry.get("description")), columnDocs));
        tests.put(name, modelTests);
    }

    private void readSource(String location, Map<String, Object> entry) {
        String name = requiredName(entry, location);
        String earlier = declaredIn.putIfAbsent("source " + name, location);
        if (earlier != null) {
            throw new ModelDefinitionException(location + ": source '" + name + "' is already declared in " + earlier);
        }
        String table = entry.get("table") == null ? name : entry.get("table").toString();
        List<DataTest> sourceTests = new ArrayList<>();
        readColumns(location, name, entry, new LinkedHashMap<>(), sourceTests);
        readTests(location, name, null, entry.get("tests"), sourceTests);
        String asOfColumn = stringOrNull(entry.get("as_of_column"));
        sources.put(name, new SourceTable(name, new Relation(sourceSchema, table).sql(), sourceTests, asOfColumn));
    }

    private void readColumns(
            String location,
            String target,
            Map<String, Object> entry,
            Map<String, String> columnDocs,
            List<DataTest> into) {
        for (Object item : list(entry.get("columns"), location, "columns of " + target)) {
            Map<String, Object> column = map(item, location, "a column of " + target);
            String columnName = requiredName(column, location);
            columnDocs.put(columnName, stringOrNull(column.get("description")));
            readTests(location, target, columnName, column.get("tests"), into);
        }
    }

    private void readTests(String location, String target, String column, Object tests, List<DataTest> into) {
        for (Object item : list(tests, location, "tests of " + target)) {
            if (item instanceof String kind) {
                into.add(new DataTest(kind, target, column, Map.of(), Severity.ERROR, null, location));
            } else if (item instanceof Map<?, ?> one && one.size() == 1) {
                Map.Entry<?, ?> test = one.entrySet().iterator().next();
                Map<String, Object> args = test.getValue() == null
                        ? Map.of()
                        : map(test.getValue(), location, "the arguments of " + test.getKey());
                Map<String, Object> testArgs = new LinkedHashMap<>(args);
                Object severity = testArgs.remove("severity");
                Object message = testArgs.remove("message");
                into.add(new DataTest(
                        test.getKey().toString(),
                        target,
                        column,
                        testArgs,
                        severityOf(severity, location),
                        stringOrNull(message),
                        location));
            } else {
                throw new ModelDefinitionException(location + ": a test of " + target
                        + " must be a name or a map with one test name, got: " + item);
            }
        }
    }

    private static Severity severityOf(Object value, String location) {
        if (value == null) {
            return Severity.ERROR;
        }
        try {
            return Severity.valueOf(value.toString().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ModelDefinitionException(location + ": severity must be error or warn, not '" + value + "'");
        }
    }

    private static String requiredName(Map<String, Object> entry, String location) {
        Object name = entry.get("name");
        if (name == null || name.toString().isBlank()) {
            throw new ModelDefinitionException(location + ": an entry without a name: " + entry);
        }
        return name.toString();
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString().strip();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String location, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new ModelDefinitionException(location + ": " + what + " must be a mapping");
    }

    private static List<?> list(Object value, String location, String what) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new ModelDefinitionException(location + ": " + what + " must be a list");
    }
}
