package org.moomoo.jobs.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.moomoo.jobs.launcher.ExecutionView;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.progress.ProgressLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code moomoo jobs status [NAME]}: the most recent executions, newest first. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show the most recent executions, newest first.")
final class JobStatusCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "only this job")
    String job;

    @Option(names = "--limit", defaultValue = "20", description = "how many executions (default ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    JobsCommandOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        return options.withJobs(jobs -> {
            List<ExecutionView> executions = jobs.recent(job, limit);
            if (options.json) {
                JsonOutput.print(
                        out, executions.stream().map(ExecutionView::toJson).toList());
                return ExitCodes.COMPLETED;
            }
            if (executions.isEmpty()) {
                out.println(job == null ? "No job has run yet." : job + " has not run yet.");
                return ExitCodes.COMPLETED;
            }
            out.printf("%-6s %-22s %-10s %-20s %-9s %s%n", "ID", "JOB", "STATUS", "STARTED", "TIME", "PARAMETERS");
            for (ExecutionView e : executions) {
                out.printf(
                        "%-6d %-22s %-10s %-20s %-9s %s%n",
                        e.executionId(),
                        e.job(),
                        e.status(),
                        e.startTime() == null
                                ? "-"
                                : e.startTime().withNano(0).toString().replace('T', ' '),
                        ProgressLine.duration(e.duration()),
                        e.parameters());
                if (e.problem() != null && !List.of("COMPLETED", "STARTED").contains(e.status())) {
                    out.printf("       problem: %s%n", e.problem());
                }
            }
            out.flush();
            return ExitCodes.COMPLETED;
        });
    }
}
