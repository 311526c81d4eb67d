package org.moomoo.models.testing;

import org.moomoo.testsupport.TemplateDatabaseInitializer;

/** A database of the context's own with the tables the models publish, for Spring tests (the jobs application, the playlist API). */
public final class AnalyticDatabaseInitializer extends TemplateDatabaseInitializer {

    public AnalyticDatabaseInitializer() {
        super(AnalyticSchema.RECIPE);
    }
}
