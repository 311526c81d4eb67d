package org.moomoo.models;

import java.util.List;

/** An index a table model declares in its {@code config(indexes=[...])}. */
public record IndexSpec(List<String> columns, boolean unique) {

    public IndexSpec {
        if (columns.isEmpty()) {
            throw new ModelDefinitionException("an index needs at least one column");
        }
        columns = List.copyOf(columns);
    }
}
