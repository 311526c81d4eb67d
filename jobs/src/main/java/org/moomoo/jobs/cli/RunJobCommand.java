package org.moomoo.jobs.cli;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.JobsContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code moomoo jobs run NAME [key=value ...]}: runs a job, or resumes its failed run with the same parameters. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a job and wait for it. If the last run with the same parameters failed,",
                "this resumes it where it stopped. Exit 0 only when the job COMPLETED."})
final class RunJobCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "the job (see 'jobs list')")
    String job;

    @Parameters(index = "1..*", paramLabel = "key=value", description = "the job's parameters")
    List<String> arguments = new ArrayList<>();

    @Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        try (ConfigurableApplicationContext context = JobsContext.start(output.verbosity())) {
            JobControl control = context.getBean(JobControl.class);
            return ExecutionPrinter.print(control.run(job, arguments), output.json, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
    }
}
