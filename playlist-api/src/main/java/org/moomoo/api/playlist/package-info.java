/**
 * The playlist routes: {@code from-files} and {@code from-mbids} computed by the in-memory engine
 * on each request, the collection routes read from the stored collections, their parameters and
 * the engine's health.
 */
package org.moomoo.api.playlist;
