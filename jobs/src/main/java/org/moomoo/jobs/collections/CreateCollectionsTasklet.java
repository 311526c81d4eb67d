package org.moomoo.jobs.collections;

import java.util.Optional;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.PlaylistCollection;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * {@code create-collections} (spec/playlists-http-client.md 6.3): makes sure the user has every
 * registered collection with its refresh schedule; with replace, drops and recreates existing ones
 * (children first, DESIGN 9.9). Not final: Spring proxies it to scope it to one job execution.
 */
class CreateCollectionsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CreateCollectionsTasklet.class);

    private final CollectionStore store;
    private final String username;
    private final boolean replace;

    CreateCollectionsTasklet(CollectionStore store, String username, boolean replace) {
        this.store = store;
        this.username = username;
        this.replace = replace;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (RegisteredCollection registered : RegisteredCollection.values()) {
            String name = registered.collectionName();
            Optional<PlaylistCollection> existing = store.find(username, name);
            if (existing.isPresent() && !replace) {
                log.info("Collection '{}' for user '{}' already exists, skipping.", name, username);
                continue;
            }
            if (existing.isPresent()) {
                log.info("Dropping '{}' for user '{}'.", name, username);
                store.drop(existing.get());
            }
            store.create(username, name, registered.schedule());
            contribution.incrementWriteCount(1);
            log.info("Created collection '{}' for user '{}'.", name, username);
        }
        log.info("Done.");
        return RepeatStatus.FINISHED;
    }
}
