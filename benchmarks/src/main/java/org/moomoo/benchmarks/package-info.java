/**
 * {@code moomoo bench}: one package per benchmark, each a picocli command that generates its data,
 * runs the product's code on it (in a {@link org.moomoo.jobs.faststart.ScratchDatabase} when it
 * needs a database) and prints figures ending with the {@link org.moomoo.benchmarks.Machine} line.
 * Not part of the product: its jar is built beside the jobs jar and run by {@code ./moomoo bench}.
 */
package org.moomoo.benchmarks;
