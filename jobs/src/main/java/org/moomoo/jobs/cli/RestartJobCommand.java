package org.moomoo.jobs.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code moomoo jobs restart EXECUTION_ID}: resumes a failed, stopped or abandoned execution. */
@Command(
        name = "restart",
        mixinStandardHelpOptions = true,
        description = "Resume a failed or stopped execution (or one whose process was killed) where it stopped.")
final class RestartJobCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "from 'jobs status'")
    long executionId;

    @Mixin
    JobsCommandOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        return options.withJobs(jobs -> ExecutionPrinter.print(
                jobs.restart(executionId),
                options.json,
                spec.commandLine().getOut(),
                spec.commandLine().getErr()));
    }
}
