package org.moomoo.models;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders model and test templates with Jinjava and the functions of {@link TemplateFunctions}. */
final class ModelTemplates {

    private final Jinjava jinjava;

    ModelTemplates() {
        jinjava = new Jinjava(JinjavaConfig.newBuilder().withFailOnUnknownTokens(true).build());
        register("ref", "ref", String.class);
        register("source", "source", String.class);
        register("config", "config", Object[].class);
        register("now", "now");
        register("is_incremental", "isIncremental");
        register("json_get", "jsonGet", Object.class, Object.class, Object[].class);
        register("try_uuid", "tryUuid", Object.class);
        register("try_int", "tryInt", Object.class);
        register("try_bigint", "tryBigint", Object.class);
        register("try_real", "tryReal", Object.class);
        register("try_double", "tryDouble", Object.class);
        register("try_bool", "tryBool", Object.class);
        register("try_epoch", "tryEpoch", Object.class);
        register("extract_year", "extractYear", Object.class);
        register("md5key", "md5key", Object[].class);
    }

    private void register(String name, String method, Class<?>... parameters) {
        jinjava.getGlobalContext().registerFunction(
                new ELFunctionDefinition("", name, TemplateFunctions.class, method, parameters));
    }

    /**
     * Renders a template.
     *
     * @param thisRelation what {@code this} renders as (the relation being built)
     * @throws ModelDefinitionException naming the file when the template or a call in it is wrong
     */
    String render(String template, RenderState state, String thisRelation) {
        Map<String, Object> bindings = new HashMap<>();
        bindings.put(RenderState.CONTEXT_KEY, state);
        bindings.put("this", thisRelation);
        RenderResult result = jinjava.renderForResult(template, bindings);
        if (!result.getErrors().isEmpty()) {
            String errors = result.getErrors().stream().map(ModelTemplates::describe).collect(Collectors.joining("; "));
            throw new ModelDefinitionException(state.location + ": " + errors);
        }
        if (!state.errors.isEmpty()) {
            throw new ModelDefinitionException(state.location + ": " + String.join("; ", state.errors));
        }
        if (state.configCalls > 1) {
            throw new ModelDefinitionException(state.location + ": config() is called more than once");
        }
        return result.getOutput().strip();
    }

    private static String describe(TemplateError error) {
        return (error.getLineno() > 0 ? "line " + error.getLineno() + ": " : "") + error.getMessage();
    }
}
