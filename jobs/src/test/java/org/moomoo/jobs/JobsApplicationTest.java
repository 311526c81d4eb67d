package org.moomoo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The jobs the command line knows without Spring are the ones the application runs. */
@JobTest
class JobsApplicationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    List<JobDescription> descriptions;

    @Test
    void theCatalogDescribesEveryJobAsTheApplicationDoes() {
        // jobs list prints the catalog without starting Spring: it must match the application's beans.
        assertThat(JobCatalog.descriptions())
                .map(JobDescription::toJson)
                .containsExactlyInAnyOrderElementsOf(
                        descriptions.stream().map(JobDescription::toJson).toList());
    }

    @Test
    void everyDescribedJobIsTheBeanTheLauncherLooksUp() {
        // The launcher finds a job by its bean name, so that it builds no other job.
        assertThat(JobCatalog.descriptions())
                .allSatisfy(description -> assertThat(context.getBean(JobBeans.beanName(description.name()), Job.class)
                                .getName())
                        .isEqualTo(description.name()));
        assertThat(context.getBeansOfType(Job.class)).hasSameSizeAs(JobCatalog.descriptions());
    }
}
