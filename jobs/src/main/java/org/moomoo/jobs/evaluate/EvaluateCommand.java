package org.moomoo.jobs.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.moomoo.jobs.JobsContext;
import org.moomoo.jobs.JobsContext.Verbosity;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code moomoo evaluate [key=value ...] [--json] [--html FILE]}: runs the job {@code evaluate}
 * (as {@code jobs run evaluate} would, so a failed run is resumed the same way) and prints its
 * report as a table or JSON, and writes the HTML report.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Backtest: build the models as of a cutoff, generate every collection and 'more like this'",
            "from that build, and score them beside baselines on the listens after the cutoff.",
            "Exit 0 with the report; 1 when the run failed; 2 for a bad argument; 4 without a database."
        })
public final class EvaluateCommand implements Callable<Integer> {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Parameters(
            arity = "0..*",
            paramLabel = "key=value",
            description =
                    "username=NAME, holdout-days=28 or cutoff=YYYY-MM-DD, seed=1, cf=on|off, count=15, near-duplicate=D")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--json", description = "print the report as one JSON document")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "also write the HTML report with charts to FILE")
    Path html;

    @Option(names = "--debug", description = "log what happens, with stack traces")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context =
                JobsContext.start(debug ? Verbosity.DEBUG : json ? Verbosity.QUIET : Verbosity.NORMAL)) {
            Outcome outcome = context.getBean(JobControl.class).run(EvaluateJobConfig.JOB_NAME, arguments);
            EvaluationStore store = context.getBean(EvaluationStore.class);
            Optional<EvaluationReport> report = outcome.execution() == null
                    ? Optional.empty()
                    : store.ofExecution(outcome.execution().executionId());
            if (outcome.exitCode() != ExitCodes.COMPLETED || report.isEmpty()) {
                String problem =
                        outcome.execution() != null && outcome.execution().problem() != null
                                ? outcome.execution().problem()
                                : outcome.message();
                err.println("moomoo: evaluate failed: " + problem + "; run the same command again to retry");
                err.flush();
                return outcome.exitCode() == ExitCodes.COMPLETED ? ExitCodes.FAILED : outcome.exitCode();
            }
            if (json) {
                out.println(JSON.writeValueAsString(report.get()));
                out.flush();
            } else {
                ReportTable.print(report.get(), out);
            }
            if (html != null) {
                Files.writeString(
                        html,
                        HtmlReport.of(report.get(), store.trend(report.get().username(), "hit_rate_at_20")));
                err.println("moomoo: wrote the HTML report to " + html);
                err.flush();
            }
            return ExitCodes.COMPLETED;
        }
    }
}
