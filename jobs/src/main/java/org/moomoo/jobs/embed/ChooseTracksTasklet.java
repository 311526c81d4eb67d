package org.moomoo.jobs.embed;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.moomoo.jobs.localfiles.ExcludePatterns;
import org.moomoo.jobs.localfiles.LibraryFile;
import org.moomoo.jobs.localfiles.LibraryScanner;
import org.moomoo.jobs.worklist.Partition;
import org.moomoo.jobs.worklist.WorkList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Step 1 of {@code embed}: the audio files of the library (minus excluded paths, within this
 * worker's partition) that have no row for the configured embedder yet, success or failure.
 * Not final: Spring proxies it to scope it to one job execution.
 */
class ChooseTracksTasklet implements Tasklet {

    /** Exit code of this step when every file already has a row. */
    static final String NOTHING_TO_DO = "NOTHING_TO_DO";

    private static final Logger log = LoggerFactory.getLogger(ChooseTracksTasklet.class);

    private static final String DONE = """
            SELECT filepath FROM raw.local_music_embeddings WHERE embedder = :embedder
            """;

    private final Path library;
    private final String embedder;
    private final Partition partition;
    private final JdbcClient jdbc;
    private final WorkList<LibraryFile> chosen;

    ChooseTracksTasklet(Path library, String embedder, Partition partition, JdbcClient jdbc, WorkList<LibraryFile> chosen) {
        this.library = library;
        this.embedder = embedder;
        this.partition = partition;
        this.jdbc = jdbc;
        this.chosen = chosen;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExcludePatterns excludes = ExcludePatterns.load(jdbc);
        Set<String> done = Set.copyOf(jdbc.sql(DONE).param("embedder", embedder).query(String.class).list());
        List<LibraryFile> files = new LibraryScanner().scan(library).stream()
                .filter(file -> !excludes.excludes(file.relativePath()))
                .filter(file -> partition.contains(file.relativePath()))
                .toList();
        List<LibraryFile> todo = files.stream().filter(file -> !done.contains(file.relativePath())).toList();
        log.info("{} audio files in partition {}: {} already embedded with {}, {} to embed",
                files.size(), partition, files.size() - todo.size(), embedder, todo.size());
        if (todo.isEmpty()) {
            log.info("Nothing to embed.");
            contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, "every file has a row for " + embedder));
        }
        chosen.set(todo);
        return RepeatStatus.FINISHED;
    }
}
