package org.moomoo.jobs.cli;

import java.sql.SQLException;
import org.moomoo.jobs.JobsContext;
import org.moomoo.jobs.JobsContext.Verbosity;
import org.moomoo.jobs.launcher.JobControl;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** Options every {@code jobs} subcommand shares (--json, --debug), and the one way those commands reach the jobs. */
final class JobsCommandOptions {

    @Option(names = "--json", description = "print one JSON document on standard output (for Airflow and scripts)")
    boolean json;

    @Option(names = "--debug", description = "log each item and show stack traces")
    boolean debug;

    /** What a command does with the jobs; returns the exit code. */
    interface JobsCall {
        int apply(JobControl jobs) throws SQLException;
    }

    /** Starts the application on the configured database, runs {@code call}, and closes it again. */
    int withJobs(JobsCall call) throws SQLException {
        try (ConfigurableApplicationContext context = JobsContext.start(debug ? Verbosity.DEBUG : Verbosity.NORMAL)) {
            return call.apply(context.getBean(JobControl.class));
        }
    }
}
