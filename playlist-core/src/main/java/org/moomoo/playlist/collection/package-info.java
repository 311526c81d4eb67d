/** Playlist collections: their storage and refresh schedules. */
package org.moomoo.playlist.collection;
