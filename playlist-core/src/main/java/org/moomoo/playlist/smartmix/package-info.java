/**
 * The smart-mixes collection: the tracks a user likes, clustered by sound and artist similarity
 * (leaf HDBSCAN* on a precomputed distance matrix), one playlist per tight cluster.
 */
package org.moomoo.playlist.smartmix;
