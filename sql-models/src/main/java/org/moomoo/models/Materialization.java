package org.moomoo.models;

import java.util.Locale;

/** How a model is stored (spec/sql-models.md 1.2). */
public enum Materialization {
    TABLE,
    VIEW,
    EPHEMERAL,
    INCREMENTAL;

    /** @param location the file, for the error when the text is not a materialization */
    public static Materialization parse(String text, String location) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ModelDefinitionException(
                    location + ": materialized='" + text + "' is not one of table, view, ephemeral, incremental");
        }
    }

    /** Whether the model is stored as a table (and so can have indexes and a row count). */
    public boolean isTable() {
        return this == TABLE || this == INCREMENTAL;
    }
}
