/**
 * {@code moomoo bench playlist}: from-files latency of the in-memory engine beside the original's
 * brute-force SQL query, and whether both give the same answer.
 */
package org.moomoo.benchmarks.playlist;
