/**
 * {@code evaluate} and {@code moomoo evaluate}: the backtest on the user's own listens. The models
 * are built as of a cutoff in a scratch schema, the collections and "more like this" playlists are
 * generated from that build, and each is scored, beside baselines, against what the user played
 * after the cutoff.
 */
package org.moomoo.jobs.evaluate;
