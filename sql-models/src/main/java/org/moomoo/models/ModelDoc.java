package org.moomoo.models;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The description of a model and of its columns, from the YAML files.
 *
 * @param columns every declared column, in YAML order, with its description (null when it has none)
 */
public record ModelDoc(String name, String description, Map<String, String> columns) {

    public ModelDoc {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }
}
