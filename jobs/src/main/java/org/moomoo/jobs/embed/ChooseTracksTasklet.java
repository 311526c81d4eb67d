package org.moomoo.jobs.embed;

import static org.moomoo.jobs.flow.ChooseThenWork.NOTHING_TO_DO;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moomoo.jobs.localfiles.ExcludePatterns;
import org.moomoo.jobs.localfiles.FoundFile;
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
 * worker's partition) that have no row for the configured embedder yet, and with
 * {@code retry-failed=true} also those whose last attempt failed (after a decoder fix, or once
 * ffmpeg is installed). Not final: Spring proxies it to scope it to one job execution.
 */
class ChooseTracksTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ChooseTracksTasklet.class);

    private static final String ATTEMPTED = """
            SELECT filepath, success FROM raw.local_music_embeddings WHERE embedder = :embedder
            """;

    private final Path library;
    private final String embedder;
    private final Partition partition;
    private final boolean retryFailed;
    private final JdbcClient jdbc;
    private final WorkList<FoundFile> chosen;

    ChooseTracksTasklet(
            Path library,
            String embedder,
            Partition partition,
            boolean retryFailed,
            JdbcClient jdbc,
            WorkList<FoundFile> chosen) {
        this.library = library;
        this.embedder = embedder;
        this.partition = partition;
        this.retryFailed = retryFailed;
        this.jdbc = jdbc;
        this.chosen = chosen;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExcludePatterns excludes = ExcludePatterns.load(jdbc);
        // Whether the last attempt at each file succeeded; a file without an entry was never tried.
        Map<String, Boolean> succeeded = jdbc
                .sql(ATTEMPTED)
                .param("embedder", embedder)
                .query((rs, i) -> Map.entry(rs.getString("filepath"), rs.getBoolean("success")))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<FoundFile> files = new LibraryScanner()
                .scan(library).stream()
                        .filter(file -> !excludes.excludes(file.relativePath()))
                        .filter(file -> partition.contains(file.relativePath()))
                        .toList();
        long embedded = files.stream()
                .filter(file -> succeeded.get(file.relativePath()) == Boolean.TRUE)
                .count();
        long failed = files.stream()
                .filter(file -> succeeded.get(file.relativePath()) == Boolean.FALSE)
                .count();
        List<FoundFile> todo = files.stream()
                .filter(file -> {
                    Boolean success = succeeded.get(file.relativePath());
                    return success == null || (retryFailed && !success);
                })
                .toList();
        String failures = failed == 0
                ? ""
                : retryFailed
                        ? ", " + failed + " failed before (tried again)"
                        : ", " + failed + " failed before (retry-failed=true tries them again)";
        log.info(
                "{} audio files in partition {}: {} already embedded with {}{}, {} to embed",
                files.size(),
                partition,
                embedded,
                embedder,
                failures,
                todo.size());
        if (todo.isEmpty()) {
            log.info("Nothing to embed.");
            contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, "every file has a row for " + embedder));
        }
        chosen.set(todo);
        return RepeatStatus.FINISHED;
    }
}
