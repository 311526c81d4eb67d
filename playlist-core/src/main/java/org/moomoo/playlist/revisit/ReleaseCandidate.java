package org.moomoo.playlist.revisit;

import java.util.UUID;

/** A release group the user played a lot long ago and little lately (a row of revisit_releases). */
public record ReleaseCandidate(
        UUID releaseGroupMbid, String releaseGroupTitle, String artistName, double revisitScore) {}
