package org.moomoo.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobDescription;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.JobsContext;
import org.springframework.context.ConfigurableApplicationContext;
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
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = JobsContext.start(output.verbosity())) {
            JobControl control = context.getBean(JobControl.class);
            if (output.json) {
                JsonOutput.print(out, control.descriptions().stream().map(JobDescription::toJson).toList());
                return ExitCodes.COMPLETED;
            }
            for (JobDescription job : control.descriptions()) {
                out.printf("%-24s %s%n", job.name(), job.summary());
                for (JobParameterSpec parameter : job.parameters()) {
                    out.printf("    %-20s %s%s%n", parameter.name() + "=", parameter.description(),
                            parameter.required() ? " (required)" : "");
                }
            }
            out.flush();
            return ExitCodes.COMPLETED;
        }
    }
}
