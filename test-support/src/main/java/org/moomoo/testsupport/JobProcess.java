package org.moomoo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.moomoo.database.DatabaseUri;

/**
 * One run of a command line (a job, typically) in a child JVM on the test's own classpath, against
 * one database: what the kill tests start, kill with SIGKILL and start again.
 *
 * <p>The child gets the database as {@code MOOMOO_POSTGRES_URI} in its environment, as the launcher
 * would pass it, never on its command line. Its standard output and error go to one temporary file,
 * so that a chatty child never blocks on a full pipe and the test can read its progress lines.
 */
public final class JobProcess implements AutoCloseable {

    /** What {@link Process#exitValue()} gives for a child killed by SIGKILL on Linux: 128 + 9. */
    public static final int KILLED_BY_SIGKILL = 128 + 9;

    private static final Duration POLL = Duration.ofMillis(50);

    private final Process process;
    private final Path output;
    private final List<String> command;

    private JobProcess(Process process, Path output, List<String> command) {
        this.process = process;
        this.output = output;
        this.command = command;
    }

    /**
     * Starts {@code mainClass} with {@code arguments} in a child JVM.
     *
     * @param environment added to this process's environment (API base URLs and the like)
     */
    public static JobProcess start(
            DatabaseUri database, Map<String, String> environment, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The options of the launcher's short jobs: a child starts in a few seconds even on a loaded machine.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(arguments);
        try {
            Path output = Files.createTempFile("moomoo-job-process", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(new File(System.getProperty("user.dir")))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            builder.environment().put(DatabaseUri.ENV, database.jdbcUrlWithCredentials());
            return new JobProcess(builder.start(), output, List.copyOf(arguments));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass + " " + arguments, e);
        }
    }

    /** What the child printed so far (standard output and error). */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the child is still running. */
    public boolean alive() {
        return process.isAlive();
    }

    /**
     * Waits until {@code midStep} holds, then kills the child with SIGKILL and checks that it died
     * of it. Fails when the child ends first (it finished before it could be killed: the test's data
     * is too small to kill it half-way) or when {@code midStep} does not hold within {@code limit}.
     */
    public void killWhen(BooleanSupplier midStep, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!midStep.getAsBoolean()) {
            assertThat(process.isAlive())
                    .as("%s ended (exit %s) before it could be killed mid-step:%n%s", command, exitOrNone(), output())
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("%s was not mid-step within %s:%n%s", command, limit, output())
                    .isLessThan(deadline);
            sleep(POLL);
        }
        // destroyForcibly is SIGKILL on Linux: no shutdown hook, no finally block, no rollback but the server's.
        process.destroyForcibly();
        int exit = waitFor(Duration.ofMinutes(1));
        assertThat(exit)
                .as("%s should have died of SIGKILL:%n%s", command, output())
                .isEqualTo(KILLED_BY_SIGKILL);
    }

    /** Waits for the child to end and returns its exit code; fails when it runs longer than {@code limit}. */
    public int waitFor(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " still ran after " + limit + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted while waiting for " + command, e);
        }
    }

    /** Waits for the child and fails, with its output, unless it exited 0. Returns its output. */
    public String waitForSuccess(Duration limit) {
        int exit = waitFor(limit);
        assertThat(exit).as("%s failed:%n%s", command, output()).isZero();
        return output();
    }

    private String exitOrNone() {
        return process.isAlive() ? "none" : String.valueOf(process.exitValue());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Kills the child if it still runs and removes its output file. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            waitFor(Duration.ofMinutes(1));
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
