package org.moomoo.testsupport;

/**
 * Points a Spring test's application context at a migrated database of its own, dropped when the
 * context closes. Tests without Spring use {@link FreshDatabase}; for another template, see
 * {@link TemplateDatabaseInitializer}.
 */
public final class FreshDatabaseInitializer extends TemplateDatabaseInitializer {

    public FreshDatabaseInitializer() {
        super(TemplateRecipe.MIGRATED);
    }
}
