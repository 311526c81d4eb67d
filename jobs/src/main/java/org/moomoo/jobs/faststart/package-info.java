/**
 * The fast start of {@code ./moomoo}: the training run ({@code cds-training}) whose loaded classes
 * {@code ./moomoo build} stores in a class-data sharing archive, and the scratch database it runs
 * on, which the benchmarks use too.
 */
package org.moomoo.jobs.faststart;
