package org.moomoo.jobs.annotate;

import java.util.Objects;

/**
 * One MBID to annotate.
 *
 * @param mbid   lower-case, hyphenated
 * @param entity recording, release, artist or release-group
 */
record Target(String mbid, String entity) {

    Target {
        Objects.requireNonNull(mbid);
        Objects.requireNonNull(entity);
    }
}
