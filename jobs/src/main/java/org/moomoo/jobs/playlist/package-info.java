/**
 * {@code moomoo playlist}: playlists from the library for people and scripts, on the engine wired in
 * {@link org.moomoo.jobs.engine}.
 */
package org.moomoo.jobs.playlist;
