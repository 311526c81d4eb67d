package org.moomoo.jobs.annotate;

import org.moomoo.jobs.musicbrainz.EntityLookup;
import org.moomoo.jobs.musicbrainz.MusicBrainzException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.node.ObjectNode;

/**
 * Looks a target up. A failure that belongs to the entity (404, an error status after the retries,
 * a malformed or cut-short answer) becomes the target's recorded failure; one that says the
 * service cannot be reached, or that the process is stopping, is thrown, so that nothing is
 * recorded against an entity that may be fine. Not final: Spring proxies it to scope it to one
 * job execution.
 */
class Annotator implements ItemProcessor<Target, Annotation> {

    private static final Logger log = LoggerFactory.getLogger(Annotator.class);

    private final EntityLookup lookup;

    Annotator(EntityLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public Annotation process(Target target) {
        try {
            ObjectNode document = lookup.lookup(target.entity(), target.mbid());
            // PostgreSQL's jsonb cannot hold U+0000; such a document would fail the whole chunk.
            if (document.toString().contains("\\u0000")) {
                return Annotation.failure(
                        target, "the MusicBrainz answer holds a NUL character, which PostgreSQL cannot store");
            }
            return Annotation.success(target, document);
        } catch (MusicBrainzException e) {
            if (!e.isEntityFailure()) {
                throw e;
            }
            log.info("No annotation for {} {}: {}", target.entity(), target.mbid(), e.getMessage());
            return Annotation.failure(target, e.getMessage());
        } catch (IllegalArgumentException e) {
            return Annotation.failure(target, e.getMessage());
        }
    }
}
