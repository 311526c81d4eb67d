package org.moomoo.jobs.testing;

import org.moomoo.models.testing.AnalyticSchema;
import org.moomoo.testsupport.TemplateDatabaseInitializer;

/** A database of the context's own with the tables the models publish, for {@link AnalyticJobTest}. */
public final class AnalyticDatabaseInitializer extends TemplateDatabaseInitializer {

    public AnalyticDatabaseInitializer() {
        super(AnalyticSchema.RECIPE);
    }
}
