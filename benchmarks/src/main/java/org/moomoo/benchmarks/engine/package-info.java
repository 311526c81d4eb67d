/**
 * {@code moomoo bench engine}: JMH benchmarks of the similarity engine's hot path on an in-memory
 * snapshot of a generated library, beside the end-to-end {@code bench playlist}.
 */
package org.moomoo.benchmarks.engine;
