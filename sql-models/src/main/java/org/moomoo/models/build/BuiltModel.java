package org.moomoo.models.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What materialising one model wrote.
 *
 * @param rows      rows written (tables), or -1 for views and ephemeral models
 * @param malformed values the model's try-casts turned into NULL
 * @param counts    rows per value of the model's {@code count_by} column, by value (empty without one)
 */
public record BuiltModel(long rows, long malformed, Map<String, Long> counts) {

    public BuiltModel {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
