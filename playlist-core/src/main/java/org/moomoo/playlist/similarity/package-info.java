/**
 * The similarity engine (spec/playlists-http-client.md section 4): candidates ordered by their
 * weighted, CF-adjusted mean L2 distance to the seeds, served from an in-memory snapshot of the
 * library that is reloaded when the models are rebuilt, and the per-artist selector over it.
 */
package org.moomoo.playlist.similarity;
