package org.moomoo.models.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moomoo.models.IndexSpec;
import org.moomoo.models.Materialization;
import org.moomoo.models.ModelConfig;
import org.moomoo.models.ModelDefinitionException;

/** Turns the named arguments of a model's {@code config(...)} call into a {@link ModelConfig}. */
final class ConfigArguments {

    private static final List<String> KNOWN = List.of("materialized", "indexes", "unique_key", "count_by");

    private ConfigArguments() {}

    static ModelConfig parse(Map<String, Object> arguments, Materialization defaultKind, String location) {
        for (String name : arguments.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new ModelDefinitionException(
                        location + ": config(" + name + "=...) is not known (known: " + String.join(", ", KNOWN) + ")");
            }
        }
        Object materialized = arguments.get("materialized");
        Materialization kind =
                materialized == null ? defaultKind : Materialization.parse(materialized.toString(), location);
        Object uniqueKey = arguments.get("unique_key");
        Object countBy = arguments.get("count_by");
        try {
            return new ModelConfig(
                    kind,
                    indexes(arguments.get("indexes"), location),
                    uniqueKey == null ? null : uniqueKey.toString(),
                    countBy == null ? null : countBy.toString());
        } catch (ModelDefinitionException e) {
            throw new ModelDefinitionException(location + ": " + e.getMessage(), e);
        }
    }

    private static List<IndexSpec> indexes(Object value, String location) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ModelDefinitionException(
                    location + ": indexes must be a list of {'columns': [...], 'unique': bool}");
        }
        List<IndexSpec> indexes = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> index) || !(index.get("columns") instanceof List<?> columns)) {
                throw new ModelDefinitionException(
                        location + ": an index must look like {'columns': ['a'], 'unique': true}");
            }
            indexes.add(new IndexSpec(
                    columns.stream().map(String::valueOf).toList(),
                    Boolean.parseBoolean(String.valueOf(index.get("unique")))));
        }
        return indexes;
    }
}
