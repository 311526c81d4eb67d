/**
 * The routes the web page needs beside the playlist routes: the users that have collections, a
 * search over the library's tags and paths, the library's audio files (HTTP Range, only files that
 * are rows of the library under its root) and a 2-D map of the conditioned vectors. Each is built
 * from the library snapshot the engine already holds, once per snapshot.
 */
package org.moomoo.api.library;
