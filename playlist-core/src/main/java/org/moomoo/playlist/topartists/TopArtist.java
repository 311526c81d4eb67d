package org.moomoo.playlist.topartists;

import java.util.UUID;

/** An artist the user listened to often enough in the chosen history length. */
record TopArtist(UUID artistMbid, String artistName) {}
