package org.moomoo.jobs.embed.sonic;

/**
 * Mel band energies of every frame in decibels, frame after frame ({@code frames x bands}, row-major).
 *
 * <p>Energies are floored at {@link #DYNAMIC_RANGE_DB} below the loudest band of the whole window
 * before the logarithm. Flooring relative to the window (rather than at an absolute level) keeps
 * silence and digital zeros finite and makes every feature built on these decibels independent of
 * the track's gain: a quieter master shifts every value by the same constant.
 */
final class LogMelSpectrogram {

    /** How far below the window's loudest band energies are floored, in dB. */
    static final double DYNAMIC_RANGE_DB = 80.0;

    // Below this the window is digital silence; flooring there keeps log10 finite.
    private static final double SILENCE_POWER = 1e-30;

    private final float[] decibels;
    private final int frames;
    private final int bands;

    private LogMelSpectrogram(float[] decibels, int frames, int bands) {
        this.decibels = decibels;
        this.frames = frames;
        this.bands = bands;
    }

    /** Converts linear mel energies ({@code frames x bands}) to decibels, in place. */
    static LogMelSpectrogram fromPower(float[] melPower, int frames, int bands) {
        double loudest = 0;
        for (int i = 0; i < frames * bands; i++) {
            loudest = Math.max(loudest, melPower[i]);
        }
        double floor = Math.max(loudest * Math.pow(10, -DYNAMIC_RANGE_DB / 10), SILENCE_POWER);
        for (int i = 0; i < frames * bands; i++) {
            melPower[i] = (float) (10 * Math.log10(Math.max(melPower[i], floor)));
        }
        return new LogMelSpectrogram(melPower, frames, bands);
    }

    /** All values, frame after frame; callers read it and must not write it. */
    float[] decibels() {
        return decibels;
    }

    int frames() {
        return frames;
    }

    int bands() {
        return bands;
    }
}
