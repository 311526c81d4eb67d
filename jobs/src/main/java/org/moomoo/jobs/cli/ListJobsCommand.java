package org.moomoo.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.moomoo.jobs.JobCatalog;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.launcher.JobParameterSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code moomoo jobs list}: every job with its parameters, from the {@link JobCatalog}: no database needed. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the jobs and the parameters each takes.")
final class ListJobsCommand implements Callable<Integer> {

    @Mixin
    JobsCommandOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            JsonOutput.print(
                    out,
                    JobCatalog.descriptions().stream()
                            .map(JobDescription::toJson)
                            .toList());
            return ExitCodes.COMPLETED;
        }
        for (JobDescription job : JobCatalog.descriptions()) {
            out.printf("%-24s %s%n", job.name(), job.summary());
            for (JobParameterSpec parameter : job.parameters()) {
                out.printf(
                        "    %-20s %s%s%n",
                        parameter.name() + "=", parameter.description(), parameter.required() ? " (required)" : "");
            }
        }
        out.flush();
        return ExitCodes.COMPLETED;
    }
}
