package org.moomoo.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code moomoo jobs}: list, run, restart and inspect the batch jobs. */
@Command(
        name = "jobs",
        mixinStandardHelpOptions = true,
        description = {
            "List, run, restart and inspect the batch jobs.",
            "",
            "Exit codes: 0 completed, 1 failed or stopped (run the same command again to resume),",
            "2 bad command or parameters, 3 already running, 4 database unavailable."
        },
        subcommands = {ListJobsCommand.class, RunJobCommand.class, RestartJobCommand.class, JobStatusCommand.class})
final class JobsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
