package org.moomoo.playlist.collection;

/** A job or a reader asked for a collection that create-collections has not made for the user. */
public final class CollectionNotFoundException extends RuntimeException {

    public CollectionNotFoundException(String username, String name) {
        super("Collection '" + name + "' for user '" + username + "' does not exist.");
    }
}
