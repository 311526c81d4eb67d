package org.moomoo.jobs.similaruseractivity;

/**
 * A ListenBrainz user whose listening is like the moomoo user's.
 *
 * @param name       the similar user, as ListenBrainz spells it
 * @param similarity from 0 to 1
 */
record SimilarUser(String name, double similarity) {}
