/**
 * Playlist generators (spec/playlists-http-client.md section 5): from files or folders, from
 * MusicBrainz ids, and the shared pipeline that weights seeds by listens, pushes away recent plays,
 * limits tracks per artist and shuffles.
 */
package org.moomoo.playlist.generator;
