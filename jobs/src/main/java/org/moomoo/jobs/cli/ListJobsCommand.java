package org.moomoo.jobs.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.launcher.JobParameterSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code moomoo jobs list}: every job with its parameters. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the jobs and the parameters each takes.")
final class ListJobsCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        return output.withJobs(jobs -> {
            if (output.json) {
                JsonOutput.print(out, jobs.descriptions().stream().map(JobDescription::toJson).toList());
                return ExitCodes.COMPLETED;
            }
            for (JobDescription job : jobs.descriptions()) {
                out.printf("%-24s %s%n", job.name(), job.summary());
                for (JobParameterSpec parameter : job.parameters()) {
                    out.printf("    %-20s %s%s%n", parameter.name() + "=", parameter.description(),
                            parameter.required() ? " (required)" : "");
                }
            }
            out.flush();
            return ExitCodes.COMPLETED;
        });
    }
}
