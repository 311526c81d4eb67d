package org.moomoo.jobs.artistsimilarity;

import java.util.List;
import java.util.Optional;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code update-artist-similarity-matrix}.
 *
 * @param ownUserId the listener's own ListenBrainz user id, whose counts are left out so that their
 *                  own taste does not feed the model that ranks their playlists (DESIGN 9.11); empty
 *                  when nobody is left out
 */
record ArtistSimilarityParameters(Optional<Integer> ownUserId) {

    static final JobParameterSpec OWN_USER_ID = JobParameterSpec.optional(
            "own-user-id",
            Kind.POSITIVE_INT,
            "your numeric ListenBrainz user id, left out of the model (default: nobody is left out)");

    /** What {@code jobs list} shows and the launcher checks. */
    static final List<JobParameterSpec> SPECS = List.of(OWN_USER_ID);

    static ArtistSimilarityParameters from(JobParameters parameters) {
        return new ArtistSimilarityParameters(OWN_USER_ID.value(parameters).map(Integer::valueOf));
    }
}
