package org.moomoo.jobs.cli;

import org.moomoo.jobs.JobsContext.Verbosity;
import picocli.CommandLine.Option;

/** Options every jobs command shares. */
final class OutputOptions {

    @Option(names = "--json", description = "print one JSON document on standard output (for Airflow and scripts)")
    boolean json;

    @Option(names = "--debug", description = "log each item and show stack traces")
    boolean debug;

    Verbosity verbosity() {
        return debug ? Verbosity.DEBUG : Verbosity.NORMAL;
    }
}
