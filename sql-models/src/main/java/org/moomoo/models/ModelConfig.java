package org.moomoo.models;

import java.util.List;

/** What a model's {@code config(...)} call declares, with the folder defaults applied. */
public record ModelConfig(Materialization materialization, List<IndexSpec> indexes, String uniqueKey) {

    public ModelConfig {
        indexes = List.copyOf(indexes);
        if (materialization == Materialization.INCREMENTAL && uniqueKey == null) {
            throw new ModelDefinitionException("an incremental model needs unique_key");
        }
    }
}
