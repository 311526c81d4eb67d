package org.moomoo.models;

import java.util.List;

/**
 * What a model's {@code config(...)} call declares, with the folder defaults applied.
 *
 * @param countBy a column whose values the build summary counts the rows of (null for none)
 */
public record ModelConfig(Materialization materialization, List<IndexSpec> indexes, String uniqueKey, String countBy) {

    public ModelConfig {
        indexes = List.copyOf(indexes);
        if (materialization == Materialization.INCREMENTAL && uniqueKey == null) {
            throw new ModelDefinitionException("an incremental model needs unique_key");
        }
        if (countBy != null && !materialization.isTable()) {
            throw new ModelDefinitionException(
                    "count_by needs a table: the build counts the rows once, when it writes them");
        }
    }
}
