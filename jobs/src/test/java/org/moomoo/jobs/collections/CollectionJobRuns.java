package org.moomoo.jobs.collections;

import java.sql.SQLException;
import java.util.List;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;

/** Runs one collection job through the launcher, as {@code moomoo jobs run NAME key=value...} does. */
final class CollectionJobRuns {

    private final JobControl jobs;
    private final String jobName;

    CollectionJobRuns(JobControl jobs, String jobName) {
        this.jobs = jobs;
        this.jobName = jobName;
    }

    Outcome run(String... arguments) {
        try {
            return jobs.run(jobName, List.of(arguments));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
