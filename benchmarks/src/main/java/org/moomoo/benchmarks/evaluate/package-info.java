/** {@code moomoo bench evaluate}: the run time of the backtest over a generated library and history. */
package org.moomoo.benchmarks.evaluate;
