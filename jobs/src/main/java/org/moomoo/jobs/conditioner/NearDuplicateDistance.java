package org.moomoo.jobs.conditioner;

import java.util.Arrays;
import java.util.Random;

/**
 * The near-duplicate distance of a fitted conditioner: how close (L2) two conditioned vectors must
 * be for the playlist engine to treat them as the same recording encoded twice (an MP3 and a FLAC
 * of one track, another bitrate, a slightly different start), spec/playlists-http-client.md 4.4.
 *
 * <p>The rule, {@code min(CODEC_SHARE x R, NEIGHBOUR_SHARE x m)}:
 * <ul>
 * <li>{@code R} is the library's radius in the conditioned space, the square root of the summed
 *     variance of the components. Re-encoding moves a vector by an amount the embedder and the
 *     codec decide, not the library; for a standardised embedder such as {@code sonic-v1} the
 *     radius is fixed by the input dimension (about 13.3 for its 178 values), so
 *     {@value #CODEC_SHARE} of it (about 0.53) is a distance on the scale of codec noise whatever
 *     the library's size. Measured through the embed job's own decode and embed path on generated
 *     tracks ({@code NearDuplicateDistanceAudioTest}), FLAC moves a track by nothing and MP3 at 128
 *     to 320 kbit/s, or starting a quarter of a second late, by at most 0.034 R, while distinct
 *     tracks lie at least 0.046 R apart (two noise-burst tracks at one tempo, near twins to the
 *     embedder). A track without a beat moves by up to 0.15 R under MP3, because sonic-v1's tempo
 *     estimate is unstable for it: the guard lets such copies through rather than catch distinct
 *     tracks.
 * <li>{@code m} is the median, over a sample of files, of the distance from a file to its
 *     nearest neighbour that is farther than {@code CODEC_SHARE x R}: the typical distance to the
 *     closest different-sounding track. As a library grows, distinct tracks crowd closer together;
 *     the guard never reaches more than {@value #NEIGHBOUR_SHARE} of the way to a typical file's
 *     closest different track, so a dense library tightens it rather than losing songs to it.
 *     Neighbours inside the codec distance are left out so that a library holding many copies
 *     does not shrink the guard to nothing.
 * </ul>
 *
 * <p>Unlike a quantile of all pairwise distances, which necessarily flags a fixed share of pairs
 * (32 pairs of a 256-file library, five million of a 100,000-file one), the rule flags a pair only
 * when it is as close as a re-encoding makes it. The original's fixed 0.5 was tuned for MERT and
 * stays for MERT ({@code FitConditionerTasklet}).
 */
final class NearDuplicateDistance {

    /** The codec noise of a re-encoded track, as a share of the library's radius (see the class comment). */
    static final double CODEC_SHARE = 0.04;
    /** How far towards a typical file's closest different track the guard may reach. */
    static final double NEIGHBOUR_SHARE = 0.25;
    /** Files whose nearest neighbours estimate the median: enough for a stable median, cheap at 100,000 files. */
    static final int SAMPLED_FILES = 256;

    private NearDuplicateDistance() {}

    /**
     * @param conditioned the library's conditioned vectors, in a fixed order
     * @param variance    the conditioner's variance along each component
     */
    static double calibrate(float[][] conditioned, double[] variance) {
        double radius = Math.sqrt(Arrays.stream(variance).sum());
        double codec = CODEC_SHARE * radius;
        int n = conditioned.length;
        if (n < 2 || codec == 0) {
            return codec;
        }
        int[] sample = sample(n);
        double[] nearest = new double[sample.length];
        int found = 0;
        for (int i : sample) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double d = distance(conditioned[i], conditioned[j]);
                if (j != i && d > codec && d < best) {
                    best = d;
                }
            }
            if (best < Double.POSITIVE_INFINITY) {
                nearest[found++] = best;
            }
        }
        if (found == 0) {
            // Every file lies within codec noise of every other: nothing to bound the guard by.
            return codec;
        }
        double[] distances = Arrays.copyOf(nearest, found);
        Arrays.sort(distances);
        double median = found % 2 == 1 ? distances[found / 2] : (distances[found / 2 - 1] + distances[found / 2]) / 2;
        return Math.min(codec, NEIGHBOUR_SHARE * median);
    }

    // Every file of a small library, else a seeded sample, so that a fit is reproducible.
    private static int[] sample(int n) {
        if (n <= SAMPLED_FILES) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        return new Random(0).ints(0, n).distinct().limit(SAMPLED_FILES).toArray();
    }

    static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double x = a[i] - b[i];
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
