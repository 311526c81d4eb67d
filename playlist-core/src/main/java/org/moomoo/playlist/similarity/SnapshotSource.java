package org.moomoo.playlist.similarity;

/** Where snapshots come from: the id of the last published model build, and a snapshot of it. */
public interface SnapshotSource {

    /** The id of the last published model build; 0 when nothing was published yet. */
    long publishedBuild();

    /** A snapshot of what the models hold now. */
    LibrarySnapshot load();
}
