package org.moomoo.jobs.collections;

import static org.moomoo.jobs.flow.ChooseThenWork.NOTHING_TO_DO;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.PlaylistCollection;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.collection.ReplaceOutcome;
import org.moomoo.playlist.track.Playlist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * The one step of every collection job (spec/playlists-http-client.md 6.2 and 6.4-6.8): checks that
 * the collection exists and is stale (or forced), builds its playlists and replaces the stored ones.
 * "Nothing to do" (fresh collection, nothing built) ends quietly with a message and exit code 0.
 * Not final: Spring proxies it to scope it to one job execution.
 */
class RefreshCollectionTasklet implements Tasklet {

    private static final String NOT_STALE = "Collection is not stale; skipping.";

    private static final Logger log = LoggerFactory.getLogger(RefreshCollectionTasklet.class);

    private final CollectionStore store;
    private final RegisteredCollection collection;
    private final String username;
    private final boolean force;
    private final Supplier<List<Playlist>> builder;
    private final String nothingBuilt;
    private final IntFunction<String> saved;

    /**
     * @param builder      makes the new playlists; logs why when it makes none
     * @param nothingBuilt the message when the builder made no playlist
     * @param saved        the message after saving n playlists
     */
    RefreshCollectionTasklet(
            CollectionStore store,
            RegisteredCollection collection,
            String username,
            boolean force,
            Supplier<List<Playlist>> builder,
            String nothingBuilt,
            IntFunction<String> saved) {
        this.store = store;
        this.collection = collection;
        this.username = username;
        this.force = force;
        this.builder = builder;
        this.nothingBuilt = nothingBuilt;
        this.saved = saved;
    }

    /**
     * The step "refresh" running {@code tasklet} outside a database transaction: the reads of the
     * analytic tables must each run on their own so that a read retried during a model rebuild is
     * not stuck in a transaction its first failure aborted. The replace is its own transaction.
     */
    static Step step(JobRepository jobRepository, RefreshCollectionTasklet tasklet) {
        return new StepBuilder("refresh", jobRepository)
                .tasklet(tasklet, new ResourcelessTransactionManager())
                .build();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        PlaylistCollection stored = store.get(username, collection.collectionName());
        if (!force && !store.isStale(stored)) {
            return nothingToDo(contribution, NOT_STALE);
        }
        List<Playlist> playlists = build();
        if (playlists.isEmpty()) {
            return nothingToDo(contribution, nothingBuilt);
        }
        if (store.replace(stored, playlists, force) == ReplaceOutcome.SKIPPED) {
            // Another run refreshed it while this one was building.
            return nothingToDo(contribution, NOT_STALE);
        }
        contribution.incrementWriteCount(playlists.size());
        log.info(saved.apply(playlists.size()));
        return RepeatStatus.FINISHED;
    }

    // A missing analytic table (after the retries) means the models were never built: say so in one line.
    private List<Playlist> build() {
        try {
            return builder.get();
        } catch (BadSqlGrammarException e) {
            String problem = e.getSQLException()
                    .getMessage()
                    .lines()
                    .findFirst()
                    .orElse("")
                    .replaceFirst("^ERROR: ", "");
            log.debug("reading the analytic tables failed", e);
            // Without the cause: the launcher reports the deepest cause's message, the driver's two lines.
            throw new IllegalStateException("cannot read the analytic tables (" + problem
                    + "); build them with ./moomoo jobs run build-models");
        }
    }

    private static RepeatStatus nothingToDo(StepContribution contribution, String message) {
        log.info(message);
        contribution.setExitStatus(new ExitStatus(NOTHING_TO_DO, message));
        return RepeatStatus.FINISHED;
    }
}
