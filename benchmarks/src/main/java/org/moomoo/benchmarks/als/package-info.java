/** {@code moomoo bench als}: the artist-similarity model's ALS fit on a generated listen matrix. */
package org.moomoo.benchmarks.als;
