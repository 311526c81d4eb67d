package org.moomoo.jobs.launcher;

import java.util.List;
import org.springframework.batch.core.job.JobExecution;

/**
 * Turns the exceptions of a failed execution into one line a person can act on: the deepest
 * cause's message, never a class name or a stack trace (those go to the DEBUG log).
 */
final class FailureText {

    private FailureText() {}

    /** The problem of a failed execution, or null when it did not fail. */
    static String of(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (!failures.isEmpty()) {
            return of(failures.get(0));
        }
        String description = execution.getExitStatus().getExitDescription();
        if (description == null || description.isBlank()) {
            return null;
        }
        // Stored descriptions of earlier runs hold a stack trace: keep its first line's message.
        String first = description.lines().findFirst().orElse("");
        int colon = first.indexOf(": ");
        return colon > 0 && first.substring(0, colon).matches("[\\w.$]+") ? first.substring(colon + 2) : first;
    }

    static String of(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getMessage();
        }
        return message == null || message.isBlank()
                ? "unexpected internal error (run with --debug for details)"
                : message.strip();
    }
}
