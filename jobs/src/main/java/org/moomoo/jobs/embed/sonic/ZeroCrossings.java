package org.moomoo.jobs.embed.sonic;

/**
 * Zero-crossing rate of each spectrogram frame: the fraction of samples whose sign differs from the
 * sample before (a sine of frequency f at sample rate r gives about {@code 2f/r}). Noise and bright
 * sounds cross often, low tones rarely; digital silence never does.
 *
 * <p>Stateless; safe to share between threads.
 */
final class ZeroCrossings {

    private ZeroCrossings() {}

    /** Mean and standard deviation of the per-frame rate. */
    record Rate(double mean, double spread) {}

    static Rate measure(float[] samples, int frames) {
        Moments moments = new Moments();
        for (double rate : frameRates(samples, frames)) {
            moments.add(rate);
        }
        return new Rate(moments.mean(), moments.spread());
    }

    /** The rate of every frame. */
    static double[] frameRates(float[] samples, int frames) {
        // Counted per hop-long block, then four blocks per frame, as Loudness does with energy.
        int blocksPerFrame = Spectrogram.FRAME_LENGTH / Spectrogram.HOP;
        int[] blockCrossings = new int[frames + blocksPerFrame - 1];
        for (int block = 0; block < blockCrossings.length; block++) {
            int count = 0;
            for (int i = Math.max(1, block * Spectrogram.HOP); i < (block + 1) * Spectrogram.HOP; i++) {
                if ((samples[i] < 0) != (samples[i - 1] < 0)) {
                    count++;
                }
            }
            blockCrossings[block] = count;
        }
        double[] rates = new double[frames];
        for (int t = 0; t < frames; t++) {
            int count = 0;
            for (int block = t; block < t + blocksPerFrame; block++) {
                count += blockCrossings[block];
            }
            rates[t] = (double) count / Spectrogram.FRAME_LENGTH;
        }
        return rates;
    }
}
