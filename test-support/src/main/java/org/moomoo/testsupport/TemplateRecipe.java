package org.moomoo.testsupport;

import org.moomoo.database.DatabaseUri;

/**
 * What a template database holds beyond the migrations. Templates are built once per content and
 * reused across builds, so {@code fingerprint} must change whenever what {@code step} builds does.
 *
 * @param fingerprint short text naming the content (for example a hash of the files the step reads)
 * @param step        builds the content into the freshly migrated template
 */
public record TemplateRecipe(String fingerprint, Step step) {

    /** The migrations alone. */
    public static final TemplateRecipe MIGRATED = new TemplateRecipe("", database -> {});

    /** Builds content into a migrated database. */
    @FunctionalInterface
    public interface Step {

        void build(DatabaseUri database) throws Exception;
    }
}
