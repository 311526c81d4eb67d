/** The client's playlists and tracks (spec 8.6): what the formats render. */
package org.moomoo.client.playlist;
