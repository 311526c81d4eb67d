package org.moomoo.jobs.collections;

import java.util.List;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.PlaylistCollection;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.track.Playlist;

/**
 * User ada's collection of one kind, as the collection job tests start from it: registered with its
 * schedule, refreshed by the job of the same name, and read back from the store.
 */
final class AdasCollection {

    private final CollectionJobRuns job;
    private final CollectionStore store;
    private final String name;

    private AdasCollection(CollectionJobRuns job, CollectionStore store, String name) {
        this.job = job;
        this.store = store;
        this.name = name;
    }

    /**
     * Registers ada's collection. Call it after {@link CollectionTables#emptied}, which drops every
     * collection.
     */
    static AdasCollection register(RegisteredCollection collection, JobControl jobs, CollectionStore store) {
        String name = collection.collectionName();
        store.create("ada", name, collection.schedule());
        return new AdasCollection(new CollectionJobRuns(jobs, name), store, name);
    }

    /** Runs the collection's job with these {@code key=value} arguments. */
    Outcome run(String... arguments) {
        return job.run(arguments);
    }

    /** The collection as stored now. */
    PlaylistCollection current() {
        return store.get("ada", name);
    }

    /** The playlists stored in the collection now. */
    List<Playlist> stored() {
        return store.playlists(current());
    }
}
