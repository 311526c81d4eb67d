package org.moomoo.jobs.annotate;

import org.moomoo.jobs.progress.FailureCounted;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a lookup gave for a target: the MusicBrainz document, or the reason there is none.
 *
 * @param target   the MBID looked up
 * @param document the web service's JSON document, or null on failure
 * @param error    why the lookup failed, or null on success
 */
record Annotation(Target target, ObjectNode document, String error) implements FailureCounted {

    static Annotation success(Target target, ObjectNode document) {
        return new Annotation(target, document, null);
    }

    static Annotation failure(Target target, String error) {
        return new Annotation(target, null, error);
    }

    @Override
    public boolean failed() {
        return document == null;
    }
}
