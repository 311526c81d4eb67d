package org.moomoo.jobs.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the launcher knows of a job: its name, a one-line summary, the parameters it accepts and a
 * check of how they go together. Every job configuration declares one as a bean beside its
 * {@code Job}.
 *
 * @param check throws IllegalArgumentException, with what to do, for parameters that do not go together
 */
public record JobDescription(
        String name, String summary, List<JobParameterSpec> parameters, Consumer<Map<String, String>> check) {

    public JobDescription {
        Objects.requireNonNull(name);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(check);
        parameters = List.copyOf(parameters);
    }

    /** A job whose parameters are independent of each other. */
    public JobDescription(String name, String summary, List<JobParameterSpec> parameters) {
        this(name, summary, parameters, values -> {});
    }

    /** The JSON form printed by {@code jobs list --json}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("summary", summary);
        json.put(
                "parameters",
                parameters.stream()
                        .map(p -> {
                            Map<String, Object> parameter = new LinkedHashMap<>();
                            parameter.put("name", p.name());
                            parameter.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
                            parameter.put("required", p.required());
                            parameter.put("description", p.description());
                            if (!p.choices().isEmpty()) {
                                parameter.put("choices", p.choices());
                            }
                            return parameter;
                        })
                        .toList());
        return json;
    }
}
