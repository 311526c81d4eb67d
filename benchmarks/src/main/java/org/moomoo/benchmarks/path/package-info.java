/**
 * {@code moomoo bench path}: song-path latency over a generated library, in the engine and through
 * the HTTP API.
 */
package org.moomoo.benchmarks.path;
