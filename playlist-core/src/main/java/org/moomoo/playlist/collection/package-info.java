/** Playlist collections: their storage, refresh schedules and the randomness the builders share. */
package org.moomoo.playlist.collection;
