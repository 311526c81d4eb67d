package org.moomoo.jobs.annotate;

import org.moomoo.jobs.musicbrainz.EntityLookup;
import org.moomoo.jobs.musicbrainz.MusicBrainzException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

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
            return Annotation.success(target, lookup.lookup(target.entity(), target.mbid()));
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
