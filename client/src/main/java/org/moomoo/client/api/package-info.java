/**
 * The playlist-api server's routes (spec 7.4), one method each: requests with the bearer token,
 * retries of 503 and 429, and the JSON envelope turned into playlists or into one clear failure.
 */
package org.moomoo.client.api;
