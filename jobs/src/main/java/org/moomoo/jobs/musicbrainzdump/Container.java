package org.moomoo.jobs.musicbrainzdump;

import java.util.Objects;

/**
 * A parent of a changed entity whose annotation a change affects too: the release group of a
 * release, the credited artists of a release or release group.
 *
 * @param mbid   the parent's MBID, as the dump spells it
 * @param entity its kind, one of the four entities
 */
public record Container(String mbid, String entity) {

    public Container {
        Objects.requireNonNull(mbid);
        Objects.requireNonNull(entity);
    }
}
