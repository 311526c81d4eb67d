package org.moomoo.jobs.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.progress.ProgressLine;

/** Prints the outcome of {@code run} and {@code restart}: one JSON document, or lines for people. */
final class ExecutionPrinter {

    private ExecutionPrinter() {}

    static int print(Outcome outcome, boolean json, PrintWriter out, PrintWriter err) {
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("exit_code", outcome.exitCode());
            document.put("message", outcome.message());
            document.put(
                    "execution",
                    outcome.execution() == null ? null : outcome.execution().toJson());
            JsonOutput.print(out, document);
            return outcome.exitCode();
        }
        var execution = outcome.execution();
        if (execution != null) {
            String parameters = execution.parameters().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" "));
            out.printf(
                    "%s %s  execution %d  in %s  (%s)%n",
                    execution.job(),
                    execution.status(),
                    execution.executionId(),
                    ProgressLine.duration(execution.duration()),
                    parameters);
            if (execution.problem() != null && !"COMPLETED".equals(execution.status())) {
                err.println("moomoo: " + execution.job() + " failed: " + execution.problem());
            }
            out.flush();
        }
        if (outcome.message() != null) {
            (outcome.exitCode() == 0 ? out : err).println("moomoo: " + outcome.message());
        }
        out.flush();
        err.flush();
        return outcome.exitCode();
    }
}
