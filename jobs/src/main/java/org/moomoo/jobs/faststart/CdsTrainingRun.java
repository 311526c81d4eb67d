package org.moomoo.jobs.faststart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.moomoo.jobs.launcher.JobControl;
import picocli.CommandLine.Command;

/**
 * {@code moomoo cds-training}: what {@code ./moomoo build} runs once under
 * {@code -XX:ArchiveClassesAtExit} so that the class-data sharing archive holds the classes a
 * command loads: the application started on a {@link ScratchDatabase} (migrations included), a
 * {@code local-files} run with nothing to do, and a status query. The user's tables are never
 * touched. It ships in the product jar because an archive only serves the class path it was
 * trained on; hidden, because it is no command for people.
 */
@Command(
        name = "cds-training",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = "Load the classes of a typical command, for the CDS archive of ./moomoo build.")
public final class CdsTrainingRun implements Callable<Integer> {

    @Override
    public Integer call() throws IOException, SQLException {
        Path library = Files.createTempDirectory("moomoo-cds-training");
        try (ScratchDatabase scratch = new ScratchDatabase()) {
            JobControl jobs = scratch.jobs();
            JobControl.Outcome outcome = jobs.run("local-files", List.of("library=" + library));
            jobs.recent(null, 1);
            return outcome.exitCode();
        } finally {
            Files.deleteIfExists(library);
        }
    }
}
