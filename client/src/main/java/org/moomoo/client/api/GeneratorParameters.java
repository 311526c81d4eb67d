package org.moomoo.client.api;

/**
 * The optional parameters of the computed routes (from-files, from-mbids): each is sent only when
 * set, so that the server's defaults apply otherwise (20 tracks, 1 seed, no user).
 *
 * @param n total playlist length, seeds included; null for the server's default
 * @param seed how many of the given tracks start the playlist; null for the default
 * @param username whose listens weight the seeds; null for none
 * @param recency how far recently played tracks are pushed away; null for the default
 */
public record GeneratorParameters(Integer n, Integer seed, String username, Double recency) {

    /** No parameter: the server's defaults. */
    public static final GeneratorParameters DEFAULTS = new GeneratorParameters(null, null, null, null);
}
