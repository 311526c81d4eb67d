package org.moomoo.jobs.cli;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code moomoo jobs run NAME [key=value ...]}: runs a job, or resumes its failed run with the same parameters. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run a job and wait for it. If the last run with the same parameters failed,",
            "this resumes it where it stopped. Exit 0 only when the job COMPLETED."
        })
final class RunJobCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "the job (see 'jobs list')")
    String job;

    @Parameters(index = "1..*", paramLabel = "key=value", description = "the job's parameters")
    List<String> arguments = new ArrayList<>();

    @Mixin
    JobsCommandOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        return options.withJobs(jobs -> ExecutionPrinter.print(
                jobs.run(job, arguments),
                options.json,
                spec.commandLine().getOut(),
                spec.commandLine().getErr()));
    }
}
