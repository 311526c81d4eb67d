/**
 * The SQL model runner's public surface: a model project ({@link org.moomoo.models.ModelProject}),
 * its graph, and {@link org.moomoo.models.ModelRunner}, which drives the stages of a build (one
 * package each): {@code project} reads the files, {@code render} turns templates into SQL,
 * {@code build} materialises a model, {@code check} runs the data tests, {@code publish} swaps a
 * build in; {@code sql} holds what they share (the DDL, quoting, the catalog).
 */
package org.moomoo.models;
