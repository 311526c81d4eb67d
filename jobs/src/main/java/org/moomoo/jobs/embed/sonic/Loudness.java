package org.moomoo.jobs.embed.sonic;

import java.util.Arrays;

/**
 * Loudness dynamics from the RMS level of each spectrogram frame ({@link Spectrogram#FRAME_LENGTH}
 * samples every {@link Spectrogram#HOP}), in dB relative to full scale (a full-scale sine is
 * -3.01 dBFS), floored at {@link #FLOOR_DB} so that digital silence stays finite.
 *
 * <p>Stateless; safe to share between threads.
 */
final class Loudness {

    /** The level of digital silence, in dBFS. */
    static final double FLOOR_DB = -100;

    private static final double LOUD_QUANTILE = 0.95;
    private static final double QUIET_QUANTILE = 0.10;

    private Loudness() {}

    /**
     * Frame levels summarised: their mean and standard deviation, the level of the loud passages
     * (95th percentile) and the dynamic range (95th minus 10th percentile), all in dB.
     */
    record Levels(double mean, double spread, double loud, double range) {}

    static Levels measure(float[] samples, int frames) {
        double[] levels = frameLevels(samples, frames);
        Moments moments = new Moments();
        for (double level : levels) {
            moments.add(level);
        }
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        double loud = quantile(sorted, LOUD_QUANTILE);
        return new Levels(moments.mean(), moments.spread(), loud, loud - quantile(sorted, QUIET_QUANTILE));
    }

    /** The RMS level of every frame, in dBFS. */
    static double[] frameLevels(float[] samples, int frames) {
        // Frames overlap four times; summing each hop-long block once and adding four blocks per
        // frame reads every sample once instead of four times.
        int blocksPerFrame = Spectrogram.FRAME_LENGTH / Spectrogram.HOP;
        double[] blockEnergy = new double[frames + blocksPerFrame - 1];
        for (int block = 0; block < blockEnergy.length; block++) {
            double sum = 0;
            for (int i = block * Spectrogram.HOP; i < (block + 1) * Spectrogram.HOP; i++) {
                sum += samples[i] * samples[i];
            }
            blockEnergy[block] = sum;
        }
        double floor = Math.pow(10, FLOOR_DB / 10);
        double[] levels = new double[frames];
        for (int t = 0; t < frames; t++) {
            double energy = 0;
            for (int block = t; block < t + blocksPerFrame; block++) {
                energy += blockEnergy[block];
            }
            levels[t] = 10 * Math.log10(Math.max(energy / Spectrogram.FRAME_LENGTH, floor));
        }
        return levels;
    }

    private static double quantile(double[] sorted, double q) {
        return sorted.length == 0 ? FLOOR_DB : sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
