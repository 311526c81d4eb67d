/**
 * The HTTP playlist API (spec/playlists-http-client.md section 7, DESIGN section 8): playlists from
 * files or MusicBrainz ids computed by the in-memory engine, the stored collections, and the
 * original's JSON envelope.
 */
package org.moomoo.api;
