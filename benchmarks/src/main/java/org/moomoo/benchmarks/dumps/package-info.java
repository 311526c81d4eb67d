/** {@code moomoo bench dumps}: listens per second read from a generated ListenBrainz dump archive. */
package org.moomoo.benchmarks.dumps;
