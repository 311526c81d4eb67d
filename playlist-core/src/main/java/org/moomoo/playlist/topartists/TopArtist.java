package org.moomoo.playlist.topartists;

import java.util.UUID;

/**
 * An artist the user listened to often enough in the chosen history length.
 *
 * @param plays the user's plays of the artist in that history length
 * @param rank the artist's place among the user's qualifying artists by plays, 1 the most played
 */
record TopArtist(UUID artistMbid, String artistName, long plays, int rank) {}
