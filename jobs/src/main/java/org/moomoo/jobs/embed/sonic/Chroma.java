package org.moomoo.jobs.embed.sonic;

/**
 * Folds a power spectrum onto the 12 pitch classes of equal temperament (index 0 is C, 9 is A, with
 * A4 = 440 Hz). Each bin between {@code minHz} and {@code maxHz} lends its power to the two pitch
 * classes nearest to its frequency, in proportion to how close it is to each.
 *
 * <p>Below about 180 Hz a 2048-point bin at 22,050 Hz is wider than a semitone, so low notes land
 * on neighbouring classes too; that blur is accepted rather than paying for a longer FFT.
 *
 * <p>Immutable once built; safe to share between threads.
 */
final class Chroma {

    /** Pitch classes per octave. */
    static final int CLASSES = 12;

    private static final double C0_HZ = 440.0 * Math.pow(2, -57 / 12.0);

    private final int firstBin;
    private final int[] lowerClass;
    private final int[] upperClass;
    private final float[] lowerWeight;

    Chroma(double minHz, double maxHz, int sampleRate, int frameLength) {
        double binHz = (double) sampleRate / frameLength;
        int first = Math.max(1, (int) Math.ceil(minHz / binHz));
        int last = Math.min(frameLength / 2, (int) Math.floor(maxHz / binHz));
        this.firstBin = first;
        this.lowerClass = new int[last - first + 1];
        this.upperClass = new int[last - first + 1];
        this.lowerWeight = new float[last - first + 1];
        for (int k = first; k <= last; k++) {
            double pitchClass = pitchClass(k * binHz);
            int lower = (int) Math.floor(pitchClass);
            lowerClass[k - first] = lower % CLASSES;
            upperClass[k - first] = (lower + 1) % CLASSES;
            lowerWeight[k - first] = (float) (1 - (pitchClass - lower));
        }
    }

    /** The fractional pitch class of a frequency, in [0, 12): 0 is C, 9.0 is exactly A (440 Hz). */
    static double pitchClass(double hz) {
        double semitonesAboveC0 = 12 * Math.log(hz / C0_HZ) / Math.log(2);
        double pitchClass = semitonesAboveC0 % CLASSES;
        return pitchClass < 0 ? pitchClass + CLASSES : pitchClass;
    }

    /** Adds the pitch-class energies of one power spectrum to {@code out[offset...offset+11]}. */
    void apply(float[] power, float[] out, int offset) {
        for (int i = 0; i < lowerClass.length; i++) {
            float p = power[firstBin + i];
            float toLower = p * lowerWeight[i];
            out[offset + lowerClass[i]] += toLower;
            out[offset + upperClass[i]] += p - toLower;
        }
    }

    /**
     * Scales each frame's 12 energies ({@code frames x 12}, row-major) to sum to 1, in place, so that
     * the profile says which pitch classes sound, whatever the level. Frames more than 80 dB below the
     * loudest frame are scaled as if they were that loud, which keeps their near-random profiles
     * small and silence at zero.
     */
    static void normalise(float[] energy, int frames) {
        double loudest = 0;
        for (int t = 0; t < frames; t++) {
            loudest = Math.max(loudest, frameSum(energy, t));
        }
        double floor = Math.max(loudest * 1e-8, 1e-30);
        for (int t = 0; t < frames; t++) {
            double scale = 1 / Math.max(frameSum(energy, t), floor);
            for (int c = 0; c < CLASSES; c++) {
                energy[t * CLASSES + c] *= (float) scale;
            }
        }
    }

    private static double frameSum(float[] energy, int frame) {
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            sum += energy[frame * CLASSES + c];
        }
        return sum;
    }
}
