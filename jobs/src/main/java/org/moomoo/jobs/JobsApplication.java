package org.moomoo.jobs;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.moomoo.jobs.faststart.MigrateWhenChanged;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobDescription;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * The jobs application's Spring configuration, started by {@link JobsContext} for the commands that
 * need it. The jar's entry point is the command line ({@code cli.MoomooCommand}), which depends on
 * this package and not the other way round.
 */
@SpringBootApplication
public class JobsApplication {

    // The database is reached and migrated while the application starts, also with lazy
    // initialisation, so that JobsContext reports one that cannot be reached (exit code 4).
    @Bean
    static LazyInitializationExcludeFilter migrateWhileStarting() {
        return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
    }

    // Flyway runs only when the packaged migrations differ from the database's history: on a current
    // schema one query replaces its scan and validation, in every command.
    @Bean
    FlywayMigrationStrategy migrateWhenChanged() {
        return new MigrateWhenChanged();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    // A command starts at most one job: the launcher and the job operator ask for it by name, and
    // with lazy initialisation (JobsContext) no other job's beans are built.
    @Bean
    JobBeans jobRegistry(BeanFactory beans) {
        return new JobBeans(beans);
    }

    @Bean
    JobControl jobControl(
            JobOperator jobOperator,
            JobRepository jobRepository,
            DataSource dataSource,
            JobBeans jobs,
            List<JobDescription> descriptions) {
        return new JobControl(jobOperator, jobRepository, dataSource, jobs::getJob, descriptions);
    }
}
