package org.moomoo.jobs.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.moomoo.jobs.JobsApplication;
import org.moomoo.models.testing.AnalyticDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * As {@link JobTest}, on a copy of the template whose {@code analytics} schema holds every table the
 * models publish (empty), for tests that fill them with {@code AnalyticRows}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = JobsApplication.class, properties = "moomoo.progress.interval=0s")
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface AnalyticJobTest {}
