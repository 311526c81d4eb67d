package org.moomoo.playlist.collection;

/** What {@link CollectionStore#replace} did. */
public enum ReplaceOutcome {
    /** The collection was fresh and the replace not forced: nothing changed. */
    SKIPPED,
    /** The old playlists are gone and the new ones stored. */
    REPLACED
}
