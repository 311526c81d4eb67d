package org.moomoo.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class a migrated database of its own, dropped after the class; test methods and
 * constructors receive it as a {@code DatabaseUri}, {@code DataSource} or {@code JdbcClient}
 * parameter. For a template with more than the migrations, register {@link FreshDatabaseExtension}
 * with a {@link TemplateRecipe} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FreshDatabaseExtension.class)
public @interface FreshDatabase {}
