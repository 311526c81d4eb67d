package org.moomoo.models.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.moomoo.models.ModelDefinitionException;

/**
 * Renders model and test templates with Jinjava, the functions of {@link TemplateFunctions} and the
 * project's own macros.
 */
public final class ModelTemplates {

    private final Jinjava jinjava;

    /** @param macroFiles the text of each file under {@code macros/}, by location */
    public ModelTemplates(Map<String, String> macroFiles) {
        jinjava = new Jinjava(
                JinjavaConfig.newBuilder().withFailOnUnknownTokens(true).build());
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
        macroFiles.forEach(this::defineMacros);
    }

    // A macro file's macros become global, so every model and test can call them by name.
    private void defineMacros(String location, String text) {
        JinjavaInterpreter interpreter = jinjava.newInterpreter();
        String output = interpreter.render(text);
        if (!interpreter.getErrors().isEmpty()) {
            throw new ModelDefinitionException(location + ": "
                    + interpreter.getErrors().stream()
                            .map(ModelTemplates::describe)
                            .collect(Collectors.joining("; ")));
        }
        if (!output.isBlank()) {
            throw new ModelDefinitionException(location + ": a macro file holds only {% macro %} blocks and comments");
        }
        for (MacroFunction macro : interpreter.getContext().getGlobalMacros().values()) {
            jinjava.getGlobalContext().addGlobalMacro(macro);
        }
    }

    private void register(String name, String method, Class<?>... parameters) {
        jinjava.getGlobalContext()
                .registerFunction(new ELFunctionDefinition("", name, TemplateFunctions.class, method, parameters));
    }

    /**
     * Renders a template.
     *
     * @param thisRelation what {@code this} renders as (the relation being built)
     * @throws ModelDefinitionException naming the file when the template or a call in it is wrong
     */
    public String render(String template, RenderState state, String thisRelation) {
        Map<String, Object> bindings = new HashMap<>();
        bindings.put(RenderState.CONTEXT_KEY, state);
        bindings.put("this", thisRelation);
        RenderResult result = jinjava.renderForResult(template, bindings);
        if (!result.getErrors().isEmpty()) {
            String errors =
                    result.getErrors().stream().map(ModelTemplates::describe).collect(Collectors.joining("; "));
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

    /**
     * Renders a data test's message, whose variables are the columns of the test's first failing row.
     *
     * @param location the file and test, for the error when the message itself is wrong
     */
    public String renderMessage(String template, Map<String, Object> row, String location) {
        RenderResult result = jinjava.renderForResult(template, row);
        if (!result.getErrors().isEmpty()) {
            throw new ModelDefinitionException(location + ": "
                    + result.getErrors().stream().map(ModelTemplates::describe).collect(Collectors.joining("; ")));
        }
        return result.getOutput().strip();
    }

    private static String describe(TemplateError error) {
        return (error.getLineno() > 0 ? "line " + error.getLineno() + ": " : "") + error.getMessage();
    }
}
