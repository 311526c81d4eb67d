package org.moomoo.jobs.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the launcher knows of a job: its name, a one-line summary and the parameters it accepts.
 * Every job configuration declares one as a bean beside its {@code Job}.
 */
public record JobDescription(String name, String summary, List<JobParameterSpec> parameters) {

    public JobDescription {
        Objects.requireNonNull(name);
        Objects.requireNonNull(summary);
        parameters = List.copyOf(parameters);
    }

    /** The JSON form printed by {@code jobs list --json}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("summary", summary);
        json.put("parameters", parameters.stream().map(p -> {
            Map<String, Object> parameter = new LinkedHashMap<>();
            parameter.put("name", p.name());
            parameter.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
            parameter.put("required", p.required());
            parameter.put("description", p.description());
            return parameter;
        }).toList());
        return json;
    }
}
