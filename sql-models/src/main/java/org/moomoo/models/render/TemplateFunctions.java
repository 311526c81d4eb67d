package org.moomoo.models.render;

import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.moomoo.models.sql.SqlNames;

/**
 * The functions a model template may call (sql-models/README.md). Jinjava calls static methods,
 * so each finds the rendering it belongs to in the interpreter's context.
 */
final class TemplateFunctions {

    private static final String NULL_KEY = "'_dbt_utils_surrogate_key_null_'";

    private TemplateFunctions() {}

    public static String ref(String name) {
        RenderState state = state();
        state.refNames.add(name);
        String relation = state.refs.apply(name);
        if (relation == null) {
            state.errors.add("ref('" + name + "'): there is no model named " + name);
            return "__unknown_model__";
        }
        return relation;
    }

    public static String source(String name) {
        RenderState state = state();
        state.sourceNames.add(name);
        String relation = state.sources.apply(name);
        if (relation == null) {
            state.errors.add("source('" + name + "'): no source of that name is declared in models/sources.yml");
            return "__unknown_source__";
        }
        return relation;
    }

    public static String config(Object... arguments) {
        RenderState state = state();
        state.configCalls++;
        for (Object argument : arguments) {
            if (argument instanceof NamedParameter named) {
                state.config.put(named.getName(), named.getValue());
            } else {
                state.errors.add("config() takes named arguments only, such as config(materialized='view')");
            }
        }
        return "";
    }

    public static String now() {
        return state().nowSql;
    }

    public static boolean isIncremental() {
        return state().incremental;
    }

    public static String jsonGet(Object column, Object path, Object... options) {
        boolean asJson = false;
        for (Object option : options) {
            if (option instanceof NamedParameter named && named.getName().equals("as_json")) {
                asJson = Boolean.parseBoolean(String.valueOf(named.getValue()));
            } else {
                state().errors.add("json_get takes only as_json=true after the path, got " + option);
            }
        }
        if (!(path instanceof List<?> steps) || steps.isEmpty()) {
            state().errors.add("json_get needs a non-empty list of keys as its path, got " + path);
            return "null";
        }
        String array = steps.stream()
                .map(step -> SqlNames.literal(String.valueOf(step)))
                .collect(Collectors.joining(", ", "array[", "]::text[]"));
        if (asJson) {
            return "(" + column + " #> " + array + ")";
        }
        return "nullif(btrim(" + column + " #>> " + array + ", ' '), '')";
    }

    public static String tryUuid(Object expression) {
        return TryCasts.uuid(String.valueOf(expression), state().metaSchema);
    }

    public static String tryInt(Object expression) {
        return TryCasts.integer(String.valueOf(expression), state().metaSchema);
    }

    public static String tryBigint(Object expression) {
        return TryCasts.bigint(String.valueOf(expression), state().metaSchema);
    }

    public static String tryReal(Object expression) {
        return TryCasts.real(String.valueOf(expression), state().metaSchema);
    }

    public static String tryDouble(Object expression) {
        return TryCasts.doublePrecision(String.valueOf(expression), state().metaSchema);
    }

    public static String tryBool(Object expression) {
        return TryCasts.bool(String.valueOf(expression), state().metaSchema);
    }

    public static String tryEpoch(Object expression) {
        return TryCasts.epoch(String.valueOf(expression), state().metaSchema);
    }

    public static String extractYear(Object expression) {
        return TryCasts.year(String.valueOf(expression), state().metaSchema);
    }

    public static String md5key(Object... fields) {
        if (fields.length == 0) {
            state().errors.add("md5key needs at least one field");
            return "null";
        }
        List<String> parts = new ArrayList<>();
        for (Object field : fields) {
            parts.add("coalesce(cast(" + field + " as text), " + NULL_KEY + ")");
        }
        return "md5(" + String.join(" || '-' || ", parts) + ")";
    }

    private static RenderState state() {
        return (RenderState) JinjavaInterpreter.getCurrent().getContext().get(RenderState.CONTEXT_KEY);
    }
}
