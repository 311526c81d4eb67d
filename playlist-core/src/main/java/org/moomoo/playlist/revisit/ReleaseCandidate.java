package org.moomoo.playlist.revisit;

import java.util.UUID;

/**
 * A release group the user played a lot long ago and little lately (a row of revisit_releases).
 *
 * @param listensOld the user's plays of it 90 to 150 days ago
 * @param listensRecent the plays in the last 90 days
 */
public record ReleaseCandidate(
        UUID releaseGroupMbid,
        String releaseGroupTitle,
        String artistName,
        double revisitScore,
        int listensOld,
        int listensRecent) {}
