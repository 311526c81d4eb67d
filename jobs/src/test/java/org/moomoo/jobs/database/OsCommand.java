package org.moomoo.jobs.database;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One finished run of an operating-system command: its exit code and what it printed (standard
 * output and standard error together). It runs from {@code /}, which every user may enter, with
 * no PostgreSQL password in its environment.
 */
record OsCommand(int exitCode, String output) {

    /** Runs {@code command} as this process's user, with {@code environment} added. */
    static OsCommand run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(new File("/")).redirectErrorStream(true);
        builder.environment().remove("PGPASSWORD");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes: " + output);
        }
        return new OsCommand(process.exitValue(), output);
    }

    /** Runs {@code command} as the operating-system user {@code user} (this process must be root). */
    static OsCommand asUser(String user, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("runuser", "-u", user, "--"));
        line.addAll(List.of(command));
        return run(Map.of(), line.toArray(String[]::new));
    }
}
